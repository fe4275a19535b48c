using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Booking;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCare.Bot.Tests.Dialogs.Booking;

/// <summary>The call-back fields' checks and the booking content file, one value at a time.</summary>
public sealed class BookingFieldTests
{
    private static readonly ContentCatalog Responses = new(Options.Create(new ClinicOptions()), Options.Create(new EmergencyServicesOptions()));
    private static readonly BookingContent Content = new(Responses, Options.Create(new ClinicOptions()), Options.Create(new BackCare.Bot.Booking.CallbackOptions()));

    [Theory]
    [InlineData("07911 123456", "+447911123456")]
    [InlineData("07911123456", "+447911123456")]
    [InlineData("+447911123456", "+447911123456")]
    [InlineData("+44 (0)7911 123456", "+447911123456")]
    [InlineData("020 7946 0000", "+442079460000")]
    [InlineData("0131 496 0000", "+441314960000")]
    public void AUkNumberIsNormalisedToE164(string typed, string e164) => Assert.Equal(e164, PhoneField.ToE164(typed));

    [Theory]
    [InlineData("999")]
    [InlineData("0800 123")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("09098 790000")]
    [InlineData("07911 123456 ext 2")]
    [InlineData("phone me")]
    public void ANonUkOrNonPersonalNumberIsRefused(string typed) => Assert.Null(PhoneField.ToE164(typed));

    [Theory]
    [InlineData("sam@example.com")]
    [InlineData("o'neill.sam+back@mail.example.co.uk")]
    public void APlainEmailAddressIsAccepted(string typed) => Assert.True(EmailField.Check(typed).IsValid);

    [Theory]
    [InlineData("sam@@example.com")]
    [InlineData("sam@example..com")]
    [InlineData("sam@.example.com")]
    [InlineData("\"sam\"@example.com")]
    [InlineData("sam@exa mple.com")]
    public void AMalformedEmailAddressIsRefused(string typed) => Assert.Equal(BookingTextKeys.RetryEmailInvalid, EmailField.Check(typed).RetryKey);

    [Theory]
    [InlineData("Zoë Ní Bhriain", true)]
    [InlineData("Dr. J. Smith", true)]
    [InlineData("李雷", true)]
    [InlineData("Sam 2", false)]
    [InlineData("sam@example.com", false)]
    [InlineData("one two three four five six seven", false)]
    public void ANameIsLettersWithSpacesHyphensAndApostrophes(string typed, bool valid) => Assert.Equal(valid, NameField.Check(typed).IsValid);

    [Theory]
    [InlineData("Thursday after 5", true)]
    [InlineData("mornings before 10am", true)]
    [InlineData("any time after work", true)]
    [InlineData("5:30", true)]
    [InlineData("purple", false)]
    [InlineData("Friday <script>", false)]
    public void WhenToCallNamesADayOrTime(string typed, bool valid) => Assert.Equal(valid, TimesField.Check(typed, Content).IsValid);

    [Theory]
    [InlineData("I need to cancel my appointment on Friday", BookingVocabulary.Manage)]
    [InlineData("can I move my appointment?", BookingVocabulary.Manage)]
    [InlineData("I can't make it tomorrow", BookingVocabulary.Manage)]
    [InlineData("can someone call me back", BookingVocabulary.Callback)]
    [InlineData("I'd like a call-back please", BookingVocabulary.Callback)]
    [InlineData("book a deep tissue massage", BookingVocabulary.Massage)]
    public void AnOpeningMessageIsReadForWhatItWants(string said, string vocabulary) => Assert.True(Content.Mentions(vocabulary, said));

    [Theory]
    [InlineData("I'd like to book an assessment")]
    [InlineData("book me in for a physio session")]
    public void APlainBookingRequestIsNeitherACallBackNorAChange(string said)
    {
        Assert.False(Content.Mentions(BookingVocabulary.Manage, said));
        Assert.False(Content.Mentions(BookingVocabulary.Callback, said));
    }

    [Fact]
    public void EveryBookingTextIsRenderedWithTheClinicsSettings()
    {
        foreach (var key in Content.File.Texts.Keys)
        {
            var text = Content.Get(key);
            Assert.DoesNotContain("{clinic", text);
            Assert.DoesNotContain("{emergency", text);
            Assert.DoesNotContain("{privacyNoticeUrl}", text);
        }

        Assert.Contains("https://www.onebodyldn.com/privacy", Content.Get(BookingTextKeys.AskCallbackConsent));
        Assert.Contains("30 days", Content.Get(BookingTextKeys.AskCallbackConsent));
        Assert.True(Content.File.NextReviewDue > Content.File.ReviewedOn && Content.File.NextReviewDue <= Content.File.ReviewedOn.AddMonths(12));
    }

    [Fact]
    public void AMissingTextIsRefusedAtStartWithItsKey()
    {
        var file = new BookingFile { Locale = "en-GB", Version = "test", Texts = [], Vocabulary = [] };

        var error = Assert.Throws<InvalidOperationException>(() => new BookingContent(file, Responses, new ClinicOptions()));

        Assert.Contains("ask_callback_consent", error.Message);
        Assert.Contains("vocabulary.manage", error.Message);
    }

    [Fact]
    public async Task HealthReportsDegradedOnceTheBookingFileIsPastItsReviewDate()
    {
        var triage = TriageFixture.Content;
        var time = new FakeTimeProvider(new DateTimeOffset(Content.File.NextReviewDue.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var check = new ContentReviewHealthCheck(Responses, triage, time, Content);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains(BookingContent.FileName, result.Description);
    }
}
