'use strict';

// GET /diagnostics/counters: the JSON the load generator reads from our bot and the floor
// (bench/RunnersKnee.Floor/FloorCounters.cs). Node cannot count allocated bytes or collections: 0, and the
// report shows "–" for them. Loopback callers only.
function isLoopback(address) {
    return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function counters(request, response) {
    if (!isLoopback(request.socket.remoteAddress)) {
        response.writeHead(404).end();
        return;
    }

    const url = new URL(request.url, 'http://localhost');
    if (url.searchParams.get('collect') === 'true' && typeof global.gc === 'function') {
        global.gc();
    }

    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const body = JSON.stringify({
        cpuMs: (cpu.user + cpu.system) / 1000,
        allocatedBytes: 0,
        workingSetBytes: memory.rss,
        peakWorkingSetBytes: process.resourceUsage().maxRSS * 1024,
        managedHeapBytes: memory.heapUsed,
        gen0Collections: 0,
        gen1Collections: 0,
        gen2Collections: 0,
        storageReads: 0,
        storageWrites: 0,
        storageDeletes: 0,
    });
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
}

module.exports = { counters };
