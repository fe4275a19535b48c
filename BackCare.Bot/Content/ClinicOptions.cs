using System.ComponentModel.DataAnnotations;

namespace BackCare.Bot.Content;

/// <summary>Who the clinic is and how to reach it; filled into the content's placeholders. Section "Clinic".</summary>
public sealed class ClinicOptions
{
    public const string SectionName = "Clinic";

    [Required]
    public string BotName { get; set; } = "BackCare";

    [Required]
    public string Name { get; set; } = "One Body LDN";

    [Required]
    public string Phone { get; set; } = "020 0000 0000";

    [Required]
    [Url]
    public string BookingUrl { get; set; } = "https://www.onebodyldn.com/book";

    /// <summary>The clinic's privacy notice, linked when asking consent for a call-back request.</summary>
    [Required]
    [Url]
    public string PrivacyNoticeUrl { get; set; } = "https://www.onebodyldn.com/privacy";

    /// <summary>The deployment's region; informs which emergency wording the operator configured.</summary>
    [Required]
    public string Region { get; set; } = "UK";

    /// <summary>The clinic's colour on the chat page (header, the visitor's bubbles, buttons): #RRGGBB, dark enough for text on white.</summary>
    [Required]
    [RegularExpression(HexColour, ErrorMessage = "Clinic:BrandColor must be a colour written #RRGGBB.")]
    public string BrandColor { get; set; } = "#0B5563";

    /// <summary>Text drawn on <see cref="BrandColor"/>: #RRGGBB, with a contrast of at least 4.5:1 against it.</summary>
    [Required]
    [RegularExpression(HexColour, ErrorMessage = "Clinic:BrandTextColor must be a colour written #RRGGBB.")]
    public string BrandTextColor { get; set; } = "#FFFFFF";

    /// <summary>The bot's avatar on the chat page: a path on this site (e.g. /webchat/avatar.svg) or an https URL.</summary>
    [Required]
    public string AvatarUrl { get; set; } = "/webchat/avatar.svg";

    private const string HexColour = "^#[0-9A-Fa-f]{6}$";
}
