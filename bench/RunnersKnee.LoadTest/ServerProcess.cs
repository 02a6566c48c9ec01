using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RunnersKnee.LoadTest;

/// <summary>
/// A server under test (the bot, the floor or the Node.js SDK bot) as its own process on 127.0.0.1 with a free port,
/// started from a <see cref="ServerCommand"/> with settings in environment variables, measured through its counters endpoint and
/// /proc/&lt;pid&gt;/status, and killed (with its temporary folder) when disposed.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;
    private readonly HttpClient _client;

    private ServerProcess(Process process, ConcurrentQueue<string> output, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        _client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(ServerCommand command, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("rk-bench-").FullName;
        var info = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Unprefixed, so it wins over the platform port variables (ASPNETCORE_HTTP_PORTS) a machine may carry.
        info.Environment["Urls"] = "http://127.0.0.1:0";
        // The Node.js bot's port (0: a free one); the .NET servers ignore it.
        info.Environment["PORT"] = "0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["BENCH_DATA"] = data;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value.Replace("{data}", data, StringComparison.Ordinal);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => OnLine(e.Data, output, listening);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, output, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"{command.Name} exited while starting:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
        StartOrExplain(process, command, data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(StartupTimeout, cancellationToken);
            return new ServerProcess(process, output, address, data);
        }
        catch (TimeoutException)
        {
            Abandon(process, data);
            throw new TimeoutException($"{command.Name} did not say where it listens:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
        }
        catch
        {
            Abandon(process, data);
            throw;
        }
    }

    public async Task<ServerCounters> CountersAsync(bool collect, CancellationToken cancellationToken) =>
        (await _client.GetFromJsonAsync<ServerCounters>($"/diagnostics/counters?collect={(collect ? "true" : "false")}", Json, cancellationToken))!;

    /// <summary>The peak resident set size of the process so far (VmHWM), in bytes.</summary>
    public long PeakRssBytes() => StatusField("VmHWM:");

    /// <summary>The resident set size now (VmRSS), in bytes.</summary>
    public long RssBytes() => StatusField("VmRSS:");

    /// <summary>The resident set now split into anonymous memory (heaps, stacks) and mapped files (the runtime's code).</summary>
    public (long Anonymous, long Files) RssSplit() => (StatusField("RssAnon:"), StatusField("RssFile:"));

    /// <summary>The last lines the server wrote (warnings and errors), to explain failed turns.</summary>
    public IReadOnlyList<string> RecentOutput => [.. _output.TakeLast(20)];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _client.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void StartOrExplain(Process process, ServerCommand command, string data)
    {
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            Directory.Delete(data, recursive: true);
            throw new InvalidOperationException($"Cannot start {command.Name}: `{command.FileName}` is not installed or not on the PATH ({exception.Message}).", exception);
        }
    }

    private static void Abandon(Process process, string data)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private long StatusField(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static void OnLine(string? line, ConcurrentQueue<string> output, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
