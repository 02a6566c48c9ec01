using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace RunnersKnee.Testing.Browser;

/// <summary>What went wrong in a page that a person would not see: console errors, uncaught exceptions, failed requests.</summary>
public sealed class PageProblems
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyList<string> All => [.. _problems];

    /// <summary>Console warnings (Web Chat warns, for example, when an attachment has no screen-reader renderer).</summary>
    public IReadOnlyList<string> Warnings => [.. _warnings];

    public static PageProblems Record(IPage page)
    {
        var problems = new PageProblems();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems._problems.Enqueue($"console.error: {message.Text}");
            }
            else if (message.Type == "warning")
            {
                problems._warnings.Enqueue($"console.warn: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems._problems.Enqueue($"uncaught: {error}");
        page.RequestFailed += (_, request) => problems._problems.Enqueue($"request failed: {request.Method} {request.Url} {request.Failure}");
        return problems;
    }
}
