using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework();
builder.AddRunnersKneeBot();
builder.AddRunnersKneeSecurity();

var app = builder.Build();

app.UseRunnersKneeSecurity();
app.UseWebSockets();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapBotFramework();
app.MapRunnersKneeBot();

app.Run();
