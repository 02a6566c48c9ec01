using BenchmarkDotNet.Attributes;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Benchmarks;

/// <summary>Binding card templates to a turn's values: the exercise card (the largest) and an intake question.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private BotHost _host = null!;
    private WorkoutCards _workout = null!;
    private CoachCards _coach = null!;
    private IntakeQuestion _question = null!;
    private WorkoutSession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BotHost();
        _workout = _host.Get<WorkoutCards>();
        _coach = _host.Get<CoachCards>();
        _question = _host.Get<IntakeQuestions>()[IntakeQuestions.Location];
        _session = SessionAt(_host.Get<WorkoutPlan>(), new WorkoutPosition(4, 1, 0));
    }

    /// <summary>A session walked to <paramref name="target"/> the way a person gets there: skips, then sets done.</summary>
    private static WorkoutSession SessionAt(WorkoutPlan plan, WorkoutPosition target)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var session = WorkoutSession.Start("0123456789ab", plan.First, now);
        while (session.Position.Exercise < target.Exercise)
        {
            session.Skip(plan, now);
        }

        while (session.Position != target || session.Status != WorkoutStatus.Active)
        {
            session.CompleteSet(plan, now, restSeconds: 30);
        }

        return session;
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _host.DisposeAsync();

    [Benchmark]
    public Attachment ExerciseCard() => _workout.ExerciseStep(_session, Channels.WebChat, "en-US");

    [Benchmark]
    public Attachment QuestionCard() => _coach.Question(_question);
}
