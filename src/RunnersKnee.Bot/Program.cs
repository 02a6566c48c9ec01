using RunnersKnee.Bot.Hosting;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.DirectLine;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework();
builder.AddDirectLine();
builder.AddRunnersKneeBot();
builder.AddRunnersKneeSecurity();

var app = builder.Build();

app.UseRunnersKneeSecurity();

// The web chat's Direct Line stream is a WebSocket: mapped here, beside the middleware it needs.
app.UseWebSockets();
app.MapDirectLine();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapBotFramework();
app.MapRunnersKneeBot();

app.Run();
