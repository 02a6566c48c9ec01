using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// Hands out the chart's and the printable summary's short-lived addresses (<see cref="PersonLinks"/>), and keeps their
/// ids in the history so "delete my data" revokes them. Absolute under <c>Bot:PublicBaseUrl</c>; in web chat, whose
/// page this site serves, a path is enough; elsewhere without a public address there is no link.
/// </summary>
public sealed class ProgressLinks(PersonLinks links, CoachHistoryAccessor history, IOptions<BotOptions> bot, IOptions<ProgressOptions> options)
{
    public const string ChartPath = "/api/progress/chart";
    public const string SummaryPath = "/api/progress/summary";

    public async Task<string?> CreateAsync(ITurnContext turn, PersonLinkPurpose purpose, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var baseUrl = bot.Value.PublicBaseUrl?.TrimEnd('/') is { Length: > 0 } configured ? configured
            : activity.ChannelId is Channels.WebChat or Channels.DirectLine ? string.Empty
            : null;
        if (baseUrl is null)
        {
            return null;
        }

        var id = await links.CreateAsync(purpose, activity, options.Value.LinkLifetime, cancellationToken);
        foreach (var dropped in (await history.GetAsync(turn, cancellationToken)).AddLink(id))
        {
            await links.DeleteAsync(dropped, cancellationToken);
        }

        return $"{baseUrl}{(purpose == PersonLinkPurpose.PainChart ? ChartPath : SummaryPath)}/{id}";
    }
}
