using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework();
builder.AddRunnersKneeBot();

var app = builder.Build();

// wwwroot: the timer page Teams opens as a dialog (task/fetch) and its scripts.
app.UseStaticFiles();

app.MapBotFramework();
app.MapRunnersKneeBot();

app.Run();
