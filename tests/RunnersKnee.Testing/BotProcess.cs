using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RunnersKnee.Testing;

/// <summary>
/// The built bot (<c>RunnersKnee.Bot.dll</c>) as a real, separate process on 127.0.0.1 (a port the OS picks), with its
/// configuration in environment variables. <see cref="KillAsync"/> is a crash (SIGKILL of this one process, nothing by
/// name); disposing kills its process tree. It is also killed when the test host exits normally.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly EventHandler _killOnExit;

    private BotProcess(Process process)
    {
        _process = process;
        _killOnExit = (_, _) => KillTree();
    }

    /// <summary>The app's base address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (stdout and stderr, the last 200 lines), for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The bot built next to the test assembly (a project reference copies it there with its runtimeconfig).</summary>
    public static string DefaultAssemblyPath => Path.Combine(AppContext.BaseDirectory, "RunnersKnee.Bot.dll");

    /// <summary>
    /// Starts <paramref name="assemblyPath"/> with <c>dotnet</c>, the working directory next to it (so its
    /// appsettings.json applies) and <paramref name="environment"/> on top of this process's environment
    /// (<c>Storage__Provider=File</c>, ...), and returns once <c>/healthz</c> answers 200.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string assemblyPath, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { assemblyPath, "--urls", "http://127.0.0.1:0" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // A local process without credentials: Production refuses anonymous mode unless it is opted into.
        info.Environment["BotAuthentication__AllowAnonymous"] = "true";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        try
        {
            await bot.StartAsync(cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>A crash: SIGKILL to this process only (no graceful shutdown, nothing flushed), then waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        KillTree();
        try
        {
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to wait for.
        }

        _process.Dispose();
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The bot exited while starting."));
        _process.Start();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartupTimeout);
        try
        {
            BaseAddress = await _listening.Task.WaitAsync(deadline.Token);
            await WaitHealthyAsync(deadline.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The bot did not start. Its output:{Environment.NewLine}{Output}", exception);
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("healthz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not accepting connections yet.
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    // Port 0 lets the OS pick a free port with no race; Kestrel logs the address it got.
    private void OnOutput(string? line)
    {
        Remember(line);
        if (line is not null && ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    private void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Not started, or already gone.
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
