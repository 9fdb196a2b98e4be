#!/usr/bin/env python3
"""Added latency of authentication per request through the gateway, on a running platform (./eng/run.sh).

Sends the same request to the gateway many times with and without a valid bearer token and reports the
difference of the medians. The path is one no route matches (the gateway answers 404 itself), so the
only difference between the two series is the gateway validating the token (signature, issuer, audience,
lifetime) and partitioning the rate limit by subject. A service validates the token once more, so an
authenticated call through the gateway to a service pays this figure about twice.

Usage: python3 bench/scripts/gateway_auth_latency.py [--gateway http://localhost:5100] [--requests 600]
Loopback only; bounded in count; stops by itself.
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse
import urllib.request


def token(gateway: str) -> str:
    form = urllib.parse.urlencode({
        "grant_type": "password", "client_id": "qingmeng-demo", "username": "dispatcher.wang",
        "password": "Qingmeng#2026", "scope": "openid governance policy",
    }).encode()
    with urllib.request.urlopen(f"{gateway}/connect/token", data=form, timeout=30) as response:
        return json.load(response)["access_token"]


# The gateway allows 300 requests per 10 s per caller by default; stay under it so every answer is the 404.
PACE_SECONDS = 1 / 28


def series(host: str, port: int, headers: dict, requests: int) -> list[float]:
    connection = http.client.HTTPConnection(host, port, timeout=10)
    timings = []
    for _ in range(requests):
        time.sleep(PACE_SECONDS)
        started = time.perf_counter()
        connection.request("GET", "/api/no-such-route", headers=headers)
        response = connection.getresponse()
        response.read()
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != 404:
            raise SystemExit(f"unexpected status {response.status}")
    connection.close()
    return timings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://localhost:5100")
    parser.add_argument("--requests", type=int, default=600)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.gateway)
    bearer = {"Authorization": f"Bearer {token(args.gateway)}"}

    series(url.hostname, url.port, bearer, 50)  # warm-up: JIT, key fetch, connection
    series(url.hostname, url.port, {}, 50)
    # Interleave rounds so drift on a shared machine hits both series alike.
    with_token, without_token = [], []
    for _ in range(10):
        with_token += series(url.hostname, url.port, bearer, args.requests // 10)
        without_token += series(url.hostname, url.port, {}, args.requests // 10)

    print("# Added latency of token authentication at the gateway")
    print(f"requests per series: {len(with_token)} (sequential, paced under the rate limit, one keep-alive connection)")
    for name, values in (("with token", with_token), ("without token", without_token)):
        print(f"{name:>14}: p50 {statistics.median(values):.3f} ms, p95 {percentile(values, 0.95):.3f} ms, p99 {percentile(values, 0.99):.3f} ms")
    added = statistics.median(with_token) - statistics.median(without_token)
    print(f"added per validation (p50 difference): {added * 1000:.0f} µs; gateway + service validate, so about {2 * added * 1000:.0f} µs per authenticated call")


if __name__ == "__main__":
    main()
