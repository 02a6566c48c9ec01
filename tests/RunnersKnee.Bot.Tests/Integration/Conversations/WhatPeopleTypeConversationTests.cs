using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The safety screen over /api/messages with wordings the phrase lists used to miss: a first "No," that answers a
/// question, a fall told as the answer to "how did it start?", and a Spanish speaker whose app says English.
/// </summary>
public sealed class WhatPeopleTypeConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("No, my chest hurts")]
    [InlineData("no. there's a heavy feeling in my chest")]
    [InlineData("my words are coming out wrong")]
    public async Task EmergencyWorded_AtTheFirstQuestion_StopsWithTheAmbulanceRoute(string message)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync(message);

        Assert.Contains("call an ambulance now", person.LastText);
        Assert.DoesNotContain("Where does your knee hurt?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task AFall_AsTheAnswerToHowItStarted_IsTheAnswerAndTheIntakeGoesOn()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "behind the kneecap", "dull ache", "running", "3 weeks" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("I twisted it playing football");

        Assert.DoesNotContain("You mentioned something I need to check first", person.LastText);
        Assert.Contains("How much does it hurt right now", person.LastText);
    }

    [Fact]
    public async Task AFall_SaidAtAnotherQuestion_BringsTheRedFlagQuestionsFirst()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync("around the kneecap, since I fell off my bike");

        Assert.Contains("You mentioned something I need to check first", person.LastText);
        Assert.Contains("Safety check.", person.LastText);
    }

    [Fact]
    public async Task ARedFlag_AtTheWorkoutOffer_IsCheckedAndStandsAfterTwoNos()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        Assert.Contains("Ready for the strength workout?", person.LastText);

        await person.SayAsync("sure, though it swells up a bit after runs");
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("no");
        await person.SayAsync("no");

        Assert.Contains("Please get medical help today", person.LastText);
        await person.SayAsync("yes");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task AnInjuryMentionedAtTheOffer_TwoNosBringTheOfferBack()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();

        await person.SayAsync("sure, I fell over last month but it was nothing");
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("no");
        await person.SayAsync("no");

        Assert.Contains("Ready for the strength workout?", person.LastText);
        await person.SayAsync("yes");
        await person.SayAsync("skip");
        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task ASpanishSpeaker_AnsweringInSpanish_ReachesTheWorkout()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript
        {
            Location = "alrededor de la rótula",
            Feeling = "un dolor sordo",
            Triggers = "bajar escaleras",
            Duration = "3 semanas",
            Onset = "poco a poco",
            Pain = "3",
            Age = "tengo 34 años",
            EmergencyFlags = "no",
            SoonFlags = "ninguna",
        });
        Assert.Contains("¿Cómo es el dolor?", person.Transcript);
        Assert.Contains("Comprobación de seguridad. ¿Te pasa **alguna** de estas cosas", person.Transcript);
        Assert.Contains("Reposo y hielo", person.Transcript);
        Assert.Contains("¿Te animas con el entrenamiento de fuerza?", person.LastText);

        await person.SayAsync("sí, vale");
        Assert.Contains("Antes de empezar", person.LastText);
        await person.SayAsync("saltar");

        Assert.True(person.ShowsSetCard, person.LastText);
    }

    [Fact]
    public async Task ASpanishSpeaker_WithAnEnglishApp_GetsTheEmergencyRouteInSpanishWithTheirRegionsNumber()
    {
        var person = app.NewPerson();

        await person.PostAsync(new Activity { Type = ActivityTypes.Message, Text = "me aprieta mucho el pecho", Locale = "en-US" });

        Assert.Contains("llama a una ambulancia ahora: 911", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task ASpanishSpeaker_WithAnEnglishApp_KeepsSpanishForAMessageWithoutSpanishWords()
    {
        var person = app.NewPerson();
        await person.PostAsync(new Activity { Type = ActivityTypes.Message, Text = "hola, me duele la rodilla", Locale = "en-US" });

        await person.PostAsync(new Activity { Type = ActivityTypes.Message, Text = "ambulance??", Locale = "en-US" });

        Assert.Contains("Para asegurarme: ¿tienes ahora mismo dolor u opresión en el pecho", person.LastText);
    }
}
