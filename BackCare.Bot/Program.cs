using BackCare.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackCareBot();

var app = builder.Build();
app.MapBackCareEndpoints();
app.Run();

/// <summary>Declared so the tests' WebApplicationFactory can reach the entry point.</summary>
public partial class Program;
