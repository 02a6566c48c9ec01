using System.Globalization;

namespace RunnersKnee.LoadTest;

/// <summary>The command line: what to run and how big. Everything has a default sized for a 2-core machine.</summary>
public sealed class BenchSettings
{
    /// <summary>
    /// Which parts run: <c>load</c>, <c>node</c> (the Node.js SDK bot beside bot/memory at the same K, on <see cref="NodeConversations"/>),
    /// <c>leak</c>, <c>soak</c>, <c>timers</c> (comma separated), or <c>standard</c>.
    /// </summary>
    public HashSet<string> Parts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>State stores for the load part: memory, file, blob.</summary>
    public List<string> Stores { get; } = [];

    public int Conversations { get; set; } = 1000;

    public int Concurrency { get; set; } = 64;

    /// <summary>Conversations for the Blob store (Azurite is far slower than the others).</summary>
    public int BlobConversations { get; set; } = 100;

    public int BlobConcurrency { get; set; } = 16;

    /// <summary>
    /// Conversations played before measuring: enough for tiered compilation to finish (at 64, about 6,000 turns, the
    /// measured span still held tier-1 compilation, which made the bot look cheaper than it is at steady state).
    /// </summary>
    public int WarmupConversations { get; set; } = 400;

    /// <summary>Conversations for the Node.js SDK bot, warm-up included at most as many (it answers a tenth as fast).</summary>
    public int NodeConversations { get; set; } = 100;

    public int LeakRounds { get; set; } = 4;

    public int LeakConversations { get; set; } = 500;

    public int SoakConversations { get; set; } = 10_000;

    public int TimerWorkouts { get; set; } = 10_000;

    public TimeSpan TimerDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timer models to run: <c>rests</c> (the product's due events) and/or <c>phases</c> (every hold and rest).</summary>
    public List<string> TimerModels { get; } = [];

    /// <summary>Where the markdown report goes (bench/results/&lt;timestamp&gt;.md by default).</summary>
    public string? Output { get; set; }

    public string Configuration { get; set; } = "Release";

    /// <summary>Exit with 1 when a measured conversation failed (bench/run.sh --smoke): a harness that starts but cannot finish the script is broken.</summary>
    public bool Strict { get; set; }

    /// <summary>Reads the options; a later option replaces an earlier one, so bench/run.sh -- ... can override its defaults.</summary>
    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--parts": settings.Parts.Clear(); settings.Parts.UnionWith(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--stores": settings.Stores.Clear(); settings.Stores.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--conversations" or "-n": settings.Conversations = Number(); break;
                case "--concurrency" or "-k": settings.Concurrency = Number(); break;
                case "--blob-conversations": settings.BlobConversations = Number(); break;
                case "--blob-concurrency": settings.BlobConcurrency = Number(); break;
                case "--warmup": settings.WarmupConversations = Number(); break;
                case "--node-conversations": settings.NodeConversations = Number(); break;
                case "--leak-rounds": settings.LeakRounds = Number(); break;
                case "--leak-conversations": settings.LeakConversations = Number(); break;
                case "--soak-conversations": settings.SoakConversations = Number(); break;
                case "--timer-workouts": settings.TimerWorkouts = Number(); break;
                case "--timer-seconds": settings.TimerDuration = TimeSpan.FromSeconds(Number()); break;
                case "--timer-models": settings.TimerModels.Clear(); settings.TimerModels.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--out": settings.Output = Value(); break;
                case "--configuration" or "-c": settings.Configuration = Value(); break;
                case "--strict": settings.Strict = true; break;
                default: throw new ArgumentException($"Unknown option {name}. See docs/performance.md.");
            }
        }

        if (settings.Parts.Count == 0 || settings.Parts.Remove("standard"))
        {
            settings.Parts.UnionWith(["load", "node", "leak", "timers"]);
        }

        if (settings.Stores.Count == 0)
        {
            settings.Stores.AddRange(["memory", "file", "blob"]);
        }

        if (settings.TimerModels.Count == 0)
        {
            settings.TimerModels.Add("rests");
        }

        return settings;
    }
}
