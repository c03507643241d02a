"""Project tools: the generator and its spec compiler, the conformance report."""
