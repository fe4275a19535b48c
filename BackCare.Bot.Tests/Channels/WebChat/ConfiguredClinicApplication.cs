using BackCare.Bot.Tests.Support;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>One bot configured like a clinic abroad, with a Direct Line secret, shared by the page's HTTP tests.</summary>
public sealed class ConfiguredClinicApplication : IAsyncLifetime
{
    public const string Secret = "dl-secret-that-must-never-reach-the-page";

    public BackCareApplication App { get; } = new(new Dictionary<string, string?>
    {
        ["Clinic:Name"] = "Kiwi Back Clinic",
        ["Clinic:Phone"] = "+64 (0)9 555 0100",
        ["Clinic:BrandColor"] = "#5A1F6E",
        ["Clinic:BrandTextColor"] = "#FFFFFF",
        ["EmergencyServices:EmergencyNumber"] = "111",
        ["EmergencyServices:EmergencyDepartment"] = "the Emergency Department",
        ["DirectLine:Secret"] = Secret,
        ["WebChat:FrameAncestors:0"] = "https://www.kiwibackclinic.nz",
        ["WebChat:ConnectSources:0"] = "https://europe.directline.botframework.com",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
