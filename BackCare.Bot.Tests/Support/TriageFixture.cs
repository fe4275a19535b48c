using BackCare.Bot.Content;
using BackCare.Bot.Triage;
using Microsoft.Extensions.Options;

namespace BackCare.Bot.Tests.Support;

/// <summary>The embedded triage content with the default (UK) settings, built once for the pure tests.</summary>
public static class TriageFixture
{
    private static readonly Lazy<TriageContent> Lazy = new(() => Create(new EmergencyServicesOptions()));

    public static TriageContent Content => Lazy.Value;

    public static TriageContent Create(EmergencyServicesOptions emergency) =>
        new(new ContentCatalog(Options.Create(new ClinicOptions()), Options.Create(emergency)));
}
