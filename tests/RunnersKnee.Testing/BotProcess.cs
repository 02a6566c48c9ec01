using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RunnersKnee.Testing;

/// <summary>
/// The built bot (<c>RunnersKnee.Bot.dll</c>) as a real, separate process on 127.0.0.1 (a port the OS picks), with its
/// configuration in environment variables. <see cref="KillAsync"/> is a crash (SIGKILL of this one process, nothing by
/// name); <see cref="Terminate"/> is the platform asking it to stop (SIGTERM); disposing kills its process tree. It is also killed when the test host exits normally.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly EventHandler _killOnExit;

    private readonly int? _platformPort;

    private BotProcess(Process process, int? platformPort)
    {
        _process = process;
        _platformPort = platformPort;
        _killOnExit = (_, _) => KillTree();
    }

    /// <summary>The app's base address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The address Kestrel said it listens on (<c>http://[::]:8080</c> for a platform port).</summary>
    public string ListeningOn { get; private set; } = "";

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (stdout and stderr, the last 200 lines), for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The bot built next to the test assembly (a project reference copies it there with its runtimeconfig).</summary>
    public static string DefaultAssemblyPath => Path.Combine(AppContext.BaseDirectory, "RunnersKnee.Bot.dll");

    /// <summary>
    /// Starts <paramref name="assemblyPath"/> with <c>dotnet</c>, the working directory next to it (so its
    /// appsettings.json applies), on <c>--urls http://127.0.0.1:0</c>, in Production opted into anonymous mode, with
    /// <paramref name="environment"/> on top of this process's environment (<c>Storage__Provider=File</c>, ...),
    /// and returns once <c>/healthz</c> answers 200.
    /// </summary>
    public static Task<BotProcess> StartAsync(string assemblyPath, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        // A local process without credentials: Production refuses anonymous mode unless it is opted into.
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal) { ["BotAuthentication__AllowAnonymous"] = "true" };
        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }

        return StartCoreAsync(assemblyPath, ["--urls", "http://127.0.0.1:0"], settings, platformPort: null, cancellationToken);
    }

    /// <summary>
    /// Starts the app as App Service starts it: <c>dotnet RunnersKnee.Bot.dll</c> with no address on the command
    /// line, <c>ASPNETCORE_ENVIRONMENT=Production</c> and the platform's port in <c>ASPNETCORE_HTTP_PORTS</c>
    /// (<paramref name="port"/>), nothing opted into. <see cref="BaseAddress"/> is that port on 127.0.0.1, so a
    /// process that listens anywhere else never becomes healthy.
    /// </summary>
    public static Task<BotProcess> StartAsAppServiceAsync(string assemblyPath, int port, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal) { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }

        return StartCoreAsync(assemblyPath, [], settings, port, cancellationToken);
    }

    /// <summary>A TCP port nothing listens on right now (the OS picks it), for a process that must be told its port.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<BotProcess> StartCoreAsync(
        string assemblyPath,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        int? platformPort,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host's own hosting variables (a developer's ASPNETCORE_URLS, ...) must not decide where the app listens.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";

        // A slow turn on a busy test machine would show "typing…" first; tests that want it turn it back on.
        info.Environment["Turns__TypingDelay"] = "00:00:00";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = info, EnableRaisingEvents = true }, platformPort);
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

    /// <summary>
    /// Asks the process to stop as App Service and Kubernetes do: SIGTERM to this process only (by id, through
    /// <c>kill</c>; <see cref="Process.Kill()"/> would be SIGKILL). Returns at once; see <see cref="WaitForExitAsync"/>.
    /// </summary>
    public void Terminate()
    {
        var info = new ProcessStartInfo("kill") { UseShellExecute = false };
        info.ArgumentList.Add("-TERM");
        info.ArgumentList.Add(_process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(info) ?? throw new InvalidOperationException("Could not run kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code; fails after <paramref name="limit"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot was still running {limit} later. Its output:{Environment.NewLine}{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits until the process has written <paramref name="text"/> (a log line), or fails after <paramref name="limit"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        var deadline = TimeProvider.System.GetUtcNow() + limit;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"The bot did not write '{text}' within {limit}. Its output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
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

    // Port 0 lets the OS pick a free port with no race; Kestrel logs the address it got. With a platform port
    // Kestrel listens on every interface; the tests reach it through loopback on that port.
    private void OnOutput(string? line)
    {
        Remember(line);
        if (line is not null && ListeningLine().Match(line) is { Success: true } match)
        {
            ListeningOn = match.Groups["url"].Value;
            _listening.TrySetResult(_platformPort is { } port
                ? new Uri($"http://127.0.0.1:{port}/")
                : new Uri(ListeningOn.TrimEnd('/') + "/"));
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

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
