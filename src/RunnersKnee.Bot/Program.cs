using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework();
builder.AddRunnersKneeBot();

var app = builder.Build();

app.MapBotFramework();
app.MapRunnersKneeBot();

app.Run();
