-- wrk's summary for deploy/bench.py, on one line: requests per second, p50 and p99 in
-- milliseconds, and failed requests (socket errors and statuses of 400 or more).
done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        "bench: %.1f %.2f %.2f %d\n",
        summary.requests / summary.duration * 1e6,
        latency:percentile(50) / 1000,
        latency:percentile(99) / 1000,
        errors.connect + errors.read + errors.write + errors.timeout + errors.status
    ))
end
