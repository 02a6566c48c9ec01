namespace RunnersKnee.Bot.Progress;

/// <summary>One line of the referral summary: what a physio asks (research A5) and the person's answer in plain words.</summary>
public sealed record ReferralField(string Title, string Value);
