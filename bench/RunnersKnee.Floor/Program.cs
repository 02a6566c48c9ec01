using RunnersKnee.Floor;

var builder = WebApplication.CreateBuilder(args);
builder.AddFloor();

var app = builder.Build();
app.MapFloor();
app.Run();
