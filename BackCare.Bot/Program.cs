using BackCare.Bot.Hosting;

// Settings are read once, so nothing needs to watch the content root; a watcher there would also wake on every
// write of the SQLite file under data/.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.AddBackCareBot();

var app = builder.Build();
app.MapBackCareEndpoints();
app.Run();

/// <summary>Declared so the tests' WebApplicationFactory can reach the entry point.</summary>
public partial class Program;
