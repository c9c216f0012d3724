#pragma once

// An events SLI the `prometheus` fixture (which scrapes nothing) computes from time(): at the end of
// minute m (the instant (m + 1) × 60 s) the total rate is 10 + (m + 1) mod 7 and the error rate
// (m + 1) mod 4 per second. Both are rates, so a minute's bucket holds 60 × those.
inline constexpr char kClockSpec[] = R"yaml(version: "prometheus/v1"
service: "clock"
slos:
  - name: "ticks"
    objective: 99
    sli:
      events:
        error_query: sum(floor(vector(time()) / 60) % 4) + 0 * count_over_time(vector(1)[{{.window}}:1m])
        total_query: sum(10 + floor(vector(time()) / 60) % 7) + 0 * count_over_time(vector(1)[{{.window}}:1m])
    alerting: {name: ClockErrors}
)yaml";
