using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Timers;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.LoadTest;

/// <summary>
/// The embedded scheduler (<see cref="LocalDueEventScheduler"/>, files and all) with W workouts running at once.
/// Each workout follows the real set timeline of an exercise from the catalog (lead-in, hold or move, release,
/// rest) and has a due event at the end of every phase; when one fires, the next is scheduled from the
/// timeline, not from the clock, so lateness never accumulates. Lateness = when the handler ran − when the
/// event was due. Workouts start spread over the first seconds, which are left out of the figures.
/// </summary>
public sealed class TimerBench(TextWriter log)
{
    private static readonly TimeSpan Stagger = TimeSpan.FromSeconds(5);

    public async Task<TimerResult> RunAsync(int workouts, TimeSpan duration, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("rk-bench-timers-").FullName;
        var schedules = Schedules();
        var recorder = new Recorder(schedules, workouts);
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IDueEventHandler>(recorder)
            .AddSingleton<LocalDueEventScheduler>();
        services.AddOptions<LocalSchedulerOptions>().Configure(o => o.Directory = directory);
        await using var provider = services.BuildServiceProvider();
        var scheduler = provider.GetRequiredService<LocalDueEventScheduler>();
        recorder.Scheduler = scheduler;
        await scheduler.StartAsync(cancellationToken);

        var start = TimeProvider.System.GetUtcNow();
        recorder.MeasureFrom = start + Stagger;
        recorder.Until = start + duration;
        for (var w = 0; w < workouts; w++)
        {
            var startAt = start + TimeSpan.FromTicks(Stagger.Ticks * w / workouts);
            await scheduler.ScheduleAsync(recorder.First(w, startAt), cancellationToken);
        }

        log.WriteLine($"timers: {workouts} workouts scheduled; running {duration.TotalSeconds:0} s");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(Stagger, cancellationToken);
        var measuredCpuFrom = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(duration - Stagger, cancellationToken);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - measuredCpuFrom;
        _ = cpuBefore;
        await scheduler.StopAsync(cancellationToken);
        using var self = Process.GetCurrentProcess();
        var result = new TimerResult(workouts, duration - Stagger, recorder.Count, recorder.Lateness(), cpu.TotalMilliseconds, self.PeakWorkingSet64);
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

    private static List<TimeSpan[]> Schedules()
    {
        var options = new TimerOptions();
        return [.. new ExerciseCatalog().Exercises
            .Where(e => e.Dosage.Unit == DosageUnit.Reps)
            .Select(e => SetSchedule.For(e.Dosage, options, restAfter: true).Phases.Select(p => p.Duration).ToArray())];
    }

    /// <summary>Records lateness and schedules each workout's next phase end.</summary>
    private sealed class Recorder(List<TimeSpan[]> schedules, int workouts) : IDueEventHandler
    {
        private static readonly ConversationReference Reference = new() { ChannelId = "bench", ServiceUrl = "http://127.0.0.1/", Conversation = new ConversationAccount { Id = "timers" } };
        private readonly List<double>[] _lateness = [.. Enumerable.Range(0, Environment.ProcessorCount * 4).Select(_ => new List<double>())];
        private readonly int[] _phase = new int[workouts];
        private long _count;

        public LocalDueEventScheduler? Scheduler { get; set; }

        public DateTimeOffset MeasureFrom { get; set; }

        public DateTimeOffset Until { get; set; }

        public long Count => Interlocked.Read(ref _count);

        public DueEvent First(int workout, DateTimeOffset startAt) =>
            new($"bench/workout-{workout}/phase", "phase", startAt + schedules[workout % schedules.Count][0], Reference, workout.ToString(System.Globalization.CultureInfo.InvariantCulture), 0);

        public async Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
        {
            var now = TimeProvider.System.GetUtcNow();
            if (dueEvent.DueAt >= MeasureFrom)
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
            var next = dueEvent with { DueAt = dueEvent.DueAt + schedule[phase], Step = dueEvent.Step + 1 };
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
    }
}
