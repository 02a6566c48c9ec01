using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.LoadTest;

/// <summary>
/// The embedded scheduler (<see cref="LocalDueEventScheduler"/>, files and all) with W workouts running at once,
/// each following the real set timeline of an exercise from the catalog (<see cref="SetSchedule"/>: lead-in,
/// holds or moves, releases, then the rest). Model <c>rests</c> (the product): the server's due event of a set is
/// its "rest over", due when the rest and its grace have run out, so each workout has one event per set-and-rest
/// cycle (holds are counted by the client from the set's start time). Model <c>phases</c> (a stress test far
/// beyond the product): an event at the end of every hold, release and rest. When an event fires, the next one is
/// scheduled from the timeline, not from the clock, so lateness never accumulates. Lateness = when the handler
/// ran − when the event was due. CPU is this process's (it runs nothing else) over the measured span.
/// </summary>
public sealed class TimerBench(TextWriter log)
{
    public async Task<TimerResult> RunAsync(int workouts, TimeSpan duration, string model, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("rk-bench-timers-").FullName;
        var recorder = new Recorder(Schedules(model), workouts);
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IDueEventHandler>(recorder)
            .AddSingleton<IStorage, MemoryStorage>()
            .AddSingleton<LocalDueEventScheduler>();

        // The durable scheduler of the file and Blob stores is measured: a file per event, whatever the state store.
        services.AddOptions<LocalSchedulerOptions>().Configure(o =>
        {
            o.Directory = directory;
            o.KeepFiles = true;
        });
        await using var provider = services.BuildServiceProvider();
        var scheduler = provider.GetRequiredService<LocalDueEventScheduler>();
        recorder.Scheduler = scheduler;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = scheduler.RunAsync(recorder, stop.Token);

        // Workouts start spread over their first cycle, so the event rate is steady from the start; events are
        // scheduled in due order, faster than they fall due.
        var start = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(2);
        recorder.MeasureFrom = DateTimeOffset.MaxValue;
        recorder.Until = DateTimeOffset.MaxValue;
        for (var w = 0; w < workouts; w++)
        {
            await scheduler.ScheduleAsync(recorder.First(w, start), cancellationToken);
        }

        var measureFrom = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1);
        recorder.MeasureFrom = measureFrom;
        recorder.Until = measureFrom + duration;
        log.WriteLine($"timers: {workouts} workouts ({model}) scheduled; measuring {duration.TotalSeconds:0} s");
        await Task.Delay(measureFrom - TimeProvider.System.GetUtcNow(), cancellationToken);
        var cpuFrom = CpuTime();
        var floor = await SleepLatenessAsync(duration, cancellationToken);
        var cpu = CpuTime() - cpuFrom;
        await stop.CancelAsync();
        await pump;
        using var self = Process.GetCurrentProcess();
        var result = new TimerResult(workouts, model, duration, recorder.Count, recorder.Lateness(), floor, cpu.TotalMilliseconds, self.PeakWorkingSet64);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return result;
    }

    /// <summary>
    /// The floor: how late a bare <see cref="Task.Delay(TimeSpan)"/> wakes on this machine at the same time (every
    /// 50 ms), so the scheduler's lateness can be told apart from the machine's own.
    /// </summary>
    private static async Task<LatencyStats> SleepLatenessAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(50);
        var samples = new List<double>();
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            var before = Stopwatch.GetTimestamp();
            await Task.Delay(interval, cancellationToken);
            samples.Add((Stopwatch.GetElapsedTime(before) - interval).TotalMilliseconds);
        }

        return LatencyStats.FromMilliseconds(samples);
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static List<TimeSpan[]> Schedules(string model)
    {
        var options = new TimerOptions();
        var exercises = new ExerciseCatalog().Exercises.Where(e => e.Dosage.Unit == DosageUnit.Reps).ToList();
        return model switch
        {
            "rests" => [.. exercises.Select(e => new[]
            {
                SetSchedule.For(e.Dosage, options, restAfter: false).SetDuration + TimeSpan.FromSeconds(options.RestSeconds + options.RestOverGraceSeconds),
            })],
            "phases" => [.. exercises.Select(e => SetSchedule.For(e.Dosage, options, restAfter: true).Phases.Select(p => p.Duration).ToArray())],
            _ => throw new ArgumentException($"Unknown timer model '{model}': use rests or phases.", nameof(model)),
        };
    }

    /// <summary>Records lateness and schedules each workout's next event.</summary>
    private sealed class Recorder(List<TimeSpan[]> schedules, int workouts) : IDueEventHandler
    {
        private static readonly ConversationReference Reference = new() { ChannelId = "bench", ServiceUrl = "http://127.0.0.1/", Conversation = new ConversationAccount { Id = "timers" } };
        private readonly List<double>[] _lateness = [.. Enumerable.Range(0, 16).Select(_ => new List<double>())];
        private readonly int[] _phase = new int[workouts];
        private long _count;

        public LocalDueEventScheduler? Scheduler { get; set; }

        public DateTimeOffset MeasureFrom { get; set; }

        public DateTimeOffset Until { get; set; }

        public long Count => Interlocked.Read(ref _count);

        public DueEvent First(int workout, DateTimeOffset start)
        {
            var schedule = schedules[workout % schedules.Count];
            var offset = TimeSpan.FromTicks(schedule.Sum(p => p.Ticks) * workout / workouts);
            return new(KeyFor(workout, 0), "phase", start + offset, Reference, workout.ToString(System.Globalization.CultureInfo.InvariantCulture), 0);
        }

        public async Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
        {
            var now = TimeProvider.System.GetUtcNow();
            if (dueEvent.DueAt >= MeasureFrom && dueEvent.DueAt < Until)
            {
                var late = (now - dueEvent.DueAt).TotalMilliseconds;
                var bucket = _lateness[Environment.CurrentManagedThreadId % _lateness.Length];
                lock (bucket)
                {
                    bucket.Add(late);
                }

                Interlocked.Increment(ref _count);
            }

            var workout = int.Parse(dueEvent.SessionId, System.Globalization.CultureInfo.InvariantCulture);
            var schedule = schedules[workout % schedules.Count];
            var phase = _phase[workout] = (_phase[workout] + 1) % schedule.Length;

            // The bot never re-schedules the key that is firing (the next rest is scheduled at the next "done",
            // after this event's file is gone): two keys in turn do the same here.
            var next = dueEvent with { Key = KeyFor(workout, dueEvent.Step + 1), DueAt = dueEvent.DueAt + schedule[phase], Step = dueEvent.Step + 1 };
            if (next.DueAt < Until)
            {
                await Scheduler!.ScheduleAsync(next, cancellationToken);
            }
        }

        public LatencyStats Lateness()
        {
            var all = new List<double>();
            foreach (var bucket in _lateness)
            {
                lock (bucket)
                {
                    all.AddRange(bucket);
                }
            }

            return LatencyStats.FromMilliseconds(all);
        }

        private static string KeyFor(int workout, int step) => $"bench/workout-{workout}/phase-{step % 2}";
    }
}
