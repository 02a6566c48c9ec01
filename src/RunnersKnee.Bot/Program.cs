using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework();
builder.AddRunnersKneeBot();

var app = builder.Build();

app.UseWebSockets();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapBotFramework();
app.MapRunnersKneeBot();

app.Run();
