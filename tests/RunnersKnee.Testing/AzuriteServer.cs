using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace RunnersKnee.Testing;

/// <summary>
/// The Azure Storage emulator (npm <c>azurite</c>, installed in <c>tests/tools</c>) on 127.0.0.1 with free ports and
/// its data in a temporary folder, so <see cref="StopAsync"/> then <see cref="StartAsync"/> is an outage that
/// keeps the data and the ports. Disposing stops it and deletes the folder. Azurite stops itself (gracefully)
/// when this process closes its stdin or dies, so no node process outlives the test run.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development account key (published in its README; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Azurite has no parent-death option; this preload turns "stdin closed" (by StopAsync, or by the kernel when
    // the test host dies) into SIGINT, Azurite's own graceful shutdown, which also saves its metadata to disk.
    private const string ExitWithParentScript = """
        process.stdin.on('end', () => process.kill(process.pid, 'SIGINT'));
        process.stdin.on('error', () => process.kill(process.pid, 'SIGINT'));
        process.stdin.resume();
        """;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    private readonly string _root;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private int _blobPort;
    private int _queuePort;
    private int _tablePort;

    private AzuriteServer(string root) => _root = root;

    /// <summary>Blob and Queue endpoints with the development account key, usable by the Azure SDK clients.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{_queuePort}/{AccountName};";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<AzuriteServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var root = Directory.CreateTempSubdirectory("rk-azurite-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "exit-with-parent.js"), ExitWithParentScript, cancellationToken);
        var server = new AzuriteServer(root);
        try
        {
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Azurite (again) on the same ports and data folder and returns once both services accept connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var services = new HashSet<string>(StringComparer.Ordinal);
        var process = new Process { StartInfo = CreateStartInfo(), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, services, listening);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Azurite exited while starting."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartupTimeout);
        try
        {
            await listening.Task.WaitAsync(deadline.Token);
            await WaitUntilAcceptingAsync(_blobPort, deadline.Token);
            await WaitUntilAcceptingAsync(_queuePort, deadline.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await StopAsync();
            throw new InvalidOperationException($"Azurite did not start. Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}", exception);
        }
    }

    /// <summary>Stops Azurite gracefully (killing its process tree if it does not exit in time); data and ports are kept.</summary>
    public async Task StopAsync()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (process.HasExited)
            {
                return;
            }

            process.StandardInput.Close();
            using var deadline = new CancellationTokenSource(ShutdownTimeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test run over it is not.
        }
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var azurite = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run `npm ci --prefix tests/tools` (test.sh does).");
        }

        var info = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--require", Path.Combine(_root, "exit-with-parent.js"), azurite,
            "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--location", Path.Combine(_root, "data"),
            "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
        })
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    // Port 0 on the first start lets the OS pick free ports; Azurite reports the ones it got, and restarts reuse them.
    private void OnOutput(string? line, HashSet<string> services, TaskCompletionSource listening)
    {
        Remember(line);
        var match = line is null ? null : ListeningLine().Match(line);
        if (match is not { Success: true })
        {
            return;
        }

        var service = match.Groups["service"].Value;
        var port = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
        _ = service switch
        {
            "Blob" => _blobPort = port,
            "Queue" => _queuePort = port,
            _ => _tablePort = port,
        };
        services.Add(service);
        if (services.Count == 3)
        {
            listening.TrySetResult();
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_output.Count > 50)
        {
            _output.TryDequeue(out _);
        }
    }

    private static async Task WaitUntilAcceptingAsync(int port, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    // Azurite starts Blob, then Queue, then Table, and logs each one's address once it listens.
    [GeneratedRegex(@"^Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^\s]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
