-- wrk script: the EasySendSMS send operation, as documented (JSON POST, `apikey` header).
-- Usage: wrk -t2 -c16 -d10s -s benchmarks/wrk_send.lua http://127.0.0.1:PORT/easysendsms/v1/rest/sms/send
wrk.method = "POST"
wrk.headers["apikey"] = "demouuv3f5rupyzq1e310tsq2hi1iio6"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"from":"SenderName","to":"12345678900","text":"Hello","type":"0"}'
