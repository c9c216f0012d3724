// The peer side of bench/policy: Cedar's own authorizer (@cedar-policy/cedar-wasm, the Rust
// implementation compiled to WebAssembly) on the same policies, entities and requests as bench_policy.
// The policy set is pre-parsed once (preparsePolicySet) and every request goes through
// statefulIsAuthorized. The API has no way to keep entities loaded: each call takes them as JSON.
// For reference, isAuthorized (which also parses the policies on every call) is timed too.
// Usage: node cedar_wasm_bench.mjs DATA_DIR DECISIONS_OUT [SECONDS]
// DECISIONS_OUT gets `decision<TAB>reasons<TAB>errors` per request, policy ids sorted.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";

const [dir, decisionsOut, secondsArg] = process.argv.slice(2);
if (!dir || !decisionsOut) {
    console.error("usage: node cedar_wasm_bench.mjs DATA_DIR DECISIONS_OUT [SECONDS]");
    process.exit(1);
}
const seconds = Number(secondsArg ?? 3);
const policies = readFileSync(join(dir, "policies.cedar"), "utf8");
const entities = JSON.parse(readFileSync(join(dir, "entities.json"), "utf8"));
const requests = JSON.parse(readFileSync(join(dir, "requests.json"), "utf8"));

const parsed = cedar.preparsePolicySet("bench", { staticPolicies: policies });
if (parsed.type !== "success") {
    console.error("cedar-wasm cannot parse the policies:", JSON.stringify(parsed.errors));
    process.exit(1);
}
const stateful = (r) => cedar.statefulIsAuthorized({ principal: r.principal, action: r.action, resource: r.resource,
    context: r.context, preparsedPolicySetId: "bench", entities });
const plain = (r) => cedar.isAuthorized({ principal: r.principal, action: r.action, resource: r.resource,
    context: r.context, policies: { staticPolicies: policies }, entities });

function decide(call, r) {
    const answer = call(r);
    if (answer.type !== "success")
        throw new Error(`cedar-wasm failed on ${JSON.stringify(r)}: ${JSON.stringify(answer.errors)}`);
    return answer.response;
}

// The decisions, for the comparison with the engine.
const lines = [];
let allowed = 0;
for (const r of requests) {
    const { decision, diagnostics } = decide(stateful, r);
    const reasons = [...diagnostics.reason].sort().join(",");
    const errors = diagnostics.errors.map((e) => e.policyId).sort().join(",");
    lines.push(`${decision}\t${reasons}\t${errors}`);
    allowed += decision === "allow";
}
writeFileSync(decisionsOut, lines.join("\n") + "\n");

const secondsSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

function measure(name, call) {
    // Latency: every decision timed on its own, cycling through the requests for about `seconds`
    // (and 300 decisions at least).
    const latencies = [];
    const start = process.hrtime.bigint();
    while (latencies.length < 300 || secondsSince(start) < seconds) {
        const r = requests[latencies.length % requests.length];
        const t0 = process.hrtime.bigint();
        decide(call, r);
        latencies.push(Number(process.hrtime.bigint() - t0));
    }
    latencies.sort((a, b) => a - b);
    // Throughput: decisions in a loop that only reads the clock to stop.
    let done = 0;
    const cpuStart = process.cpuUsage();
    const loopStart = process.hrtime.bigint();
    while (done < 300 || secondsSince(loopStart) < seconds)
        decide(call, requests[done++ % requests.length]);
    const elapsed = secondsSince(loopStart);
    const cpu = process.cpuUsage(cpuStart);
    return {
        engine: name, requests: requests.length, allowed, samples: latencies.length,
        median_ns: latencies[Math.floor(latencies.length / 2)],
        p99_ns: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 99 / 100))],
        decisions_per_s: Math.round(done / elapsed),
        decisions_per_cpu_s: Math.round(done / ((cpu.user + cpu.system) / 1e6)),
    };
}

const version = cedar.getCedarVersion();
console.log(JSON.stringify(measure(`cedar-wasm ${version} statefulIsAuthorized`, stateful)));
console.log(JSON.stringify(measure(`cedar-wasm ${version} isAuthorized`, plain)));
