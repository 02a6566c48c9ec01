namespace RunnersKnee.Bot.Privacy;

/// <summary>What a <see cref="PersonLink"/> opens; a link of one purpose never opens another's page.</summary>
public enum PersonLinkPurpose
{
    /// <summary>The "export my data" file (Teams).</summary>
    Export,

    /// <summary>The progress card's pain-trend picture.</summary>
    PainChart,

    /// <summary>The printable referral summary for a physio or doctor.</summary>
    ReferralPage,
}
