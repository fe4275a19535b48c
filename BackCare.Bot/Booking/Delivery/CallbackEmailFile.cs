using System.Globalization;
using System.Text.RegularExpressions;
using BackCare.Bot.Content;

namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// The clinic's email about a request (Content/callback-email.en-GB.json): a subject and a plain-text body with
/// placeholders. The subject carries the reference only, so no personal data sits in mail-server logs.
/// </summary>
public sealed partial record CallbackEmailFile(string Locale, string Version, string Subject, string Body, string NotGiven)
{
    private static readonly string[] Known = ["reference", "submittedAt", "name", "phone", "email", "preferredTimes", "reason", "dispositionCode"];

    public static CallbackEmailFile Load()
    {
        var file = EmbeddedContent.Load<CallbackEmailFile>("callback-email.en-GB.json");
        var unknown = Placeholder().Matches(file.Subject + file.Body).Select(m => m.Groups[1].Value).Where(n => !Known.Contains(n)).ToList();
        return unknown.Count == 0
            ? file
            : throw new InvalidOperationException("Content check failed: callback-email.en-GB.json uses unknown placeholders " + string.Join(", ", unknown));
    }

    public string RenderSubject(CallbackRequest request) => Render(Subject, request);

    public string RenderBody(CallbackRequest request) => Render(Body, request);

    private string Render(string template, CallbackRequest request) => Placeholder().Replace(template, m => m.Groups[1].Value switch
    {
        "reference" => request.Reference,
        "submittedAt" => request.SubmittedAt.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        "name" => request.Name,
        "phone" => request.PhoneE164 ?? NotGiven,
        "email" => request.Email ?? NotGiven,
        "preferredTimes" => request.PreferredTimes,
        "reason" => request.Reason,
        "dispositionCode" => request.DispositionCode ?? NotGiven,
        var other => throw new InvalidOperationException($"Unknown placeholder {{{other}}}"),
    });

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
