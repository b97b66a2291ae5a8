wrk.method = "POST"
wrk.body = '{"to": "12345"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "de-CH,de;q=0.9,en;q=0.5"
