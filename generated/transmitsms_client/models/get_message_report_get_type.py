from enum import StrEnum


class GetMessageReportGetType(StrEnum):
    ALL = "all"
    API = "api"
    CAMPAIGN = "campaign"
    EMAIL_SMS = "email_sms"
    KEYWORD = "keyword"
    QUICK_SMS = "quick_sms"
    TEST_SMS = "test_sms"

    def __str__(self) -> str:
        return str(self.value)
