// bench_policy: the engine side of the policy benchmark (issue 5). Parses the policy set once, loads the
// entities once, then decides every request of requests.json again and again on one thread: the
// latency of each decision (median, p99) and the decisions per second of a tight loop.
// Usage: bench_policy DATA_DIR DECISIONS_OUT [SECONDS]
// DATA_DIR holds policies.cedar, entities.json and requests.json (bench/policy/gen_data.mjs writes
// them); DECISIONS_OUT gets one line per request, `decision<TAB>reasons<TAB>errors` with the policy
// ids sorted, for comparison with cedar_wasm_bench.mjs. A JSON summary goes to stdout.

#include "policy/cedar/authorizer.h"
#include "policy/cedar/parser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace traceo::cedar;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "bench_policy: %s\n", message.c_str());
    std::exit(1);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        die("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Json readJson(const std::string& path)
{
    Json j;
    std::string error;
    if (!Json::parse(readFile(path), j, error))
        die(path + ": " + error);
    return j;
}

std::vector<Request> readRequests(const std::string& path)
{
    const Json json = readJson(path);
    std::vector<Request> out;
    std::string error;
    for (const Json& item : json.items) {
        Request r;
        const Json* p = item.find("principal");
        const Json* a = item.find("action");
        const Json* res = item.find("resource");
        const Json* c = item.find("context");
        if (!p || !a || !res || !c || !jsonToUid(*p, r.principal, error) || !jsonToUid(*a, r.action, error)
            || !jsonToUid(*res, r.resource, error) || !jsonToValue(*c, nullptr, r.context, error))
            die(path + ": request #" + std::to_string(out.size() + 1) + ": " + error);
        out.push_back(std::move(r));
    }
    return out;
}

std::string joinSorted(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ",") + id;
    return out;
}

/// CPU time of this process: on a shared machine, what the decisions cost whatever else runs.
double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// Keeps the compiler from dropping a decision nobody reads.
inline void keep(const Response& r)
{
    asm volatile("" : : "r"(r.allow) : "memory");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        die("usage: bench_policy DATA_DIR DECISIONS_OUT [SECONDS]");
    const std::string dir = argv[1];
    const double seconds = argc > 3 ? std::atof(argv[3]) : 3.0;

    const std::string text = readFile(dir + "/policies.cedar");
    ParseResult parsed = parsePolicies(text);
    if (!parsed.ok())
        die(dir + "/policies.cedar:" + std::to_string(parsed.diagnostics.front().pos.line) + ": "
            + parsed.diagnostics.front().message.toStdString());
    const size_t policyCount = parsed.policies.size();
    const PolicySet set(std::move(parsed.policies));
    Entities entities;
    std::string error;
    if (!entities.load(readJson(dir + "/entities.json"), nullptr, error))
        die(dir + "/entities.json: " + error);
    const std::vector<Request> requests = readRequests(dir + "/requests.json");
    if (requests.empty())
        die("no requests");

    // The decisions, for the comparison with cedar-wasm.
    std::ofstream decisions(argv[2]);
    size_t allowed = 0;
    for (const Request& rq : requests) {
        const Response r = set.authorize(rq, entities);
        std::vector<std::string> errors;
        for (const PolicyError& e : r.errors)
            errors.push_back(e.policyId);
        decisions << (r.allow ? "allow" : "deny") << '\t' << joinSorted(r.reason) << '\t' << joinSorted(errors) << '\n';
        allowed += r.allow;
    }

    // Latency: every decision timed on its own, passes over all requests for about `seconds`.
    std::vector<double> latencies;
    latencies.reserve(requests.size() * 64);
    const Clock::time_point latencyStart = Clock::now();
    do {
        for (const Request& rq : requests) {
            const Clock::time_point t0 = Clock::now();
            const Response r = set.authorize(rq, entities);
            const Clock::time_point t1 = Clock::now();
            keep(r);
            latencies.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
        }
    } while (secondsSince(latencyStart) < seconds);
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies[latencies.size() / 2];
    const double p99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];

    // Throughput: a tight loop without per-decision timing.
    size_t done = 0;
    const double cpuStart = cpuSeconds();
    const Clock::time_point loopStart = Clock::now();
    double elapsed = 0;
    do {
        for (const Request& rq : requests)
            keep(set.authorize(rq, entities));
        done += requests.size();
        elapsed = secondsSince(loopStart);
    } while (elapsed < seconds);
    const double cpu = cpuSeconds() - cpuStart;

    std::printf("{\"engine\": \"traceo\", \"policies\": %zu, \"entities\": %zu, \"requests\": %zu, \"allowed\": %zu, "
                "\"samples\": %zu, \"median_ns\": %.1f, \"p99_ns\": %.1f, \"decisions_per_s\": %.0f, "
                "\"decisions_per_cpu_s\": %.0f}\n",
        policyCount, entities.size(), requests.size(), allowed, latencies.size(), median, p99, double(done) / elapsed,
        double(done) / cpu);
    return 0;
}
