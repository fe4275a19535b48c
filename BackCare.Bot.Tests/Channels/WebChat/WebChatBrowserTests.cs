using System.Text.Json;
using Microsoft.Playwright;

namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>
/// The website chat page in a real browser (Debian's Chromium through Playwright) against the bot on a real port,
/// with the local Direct Line: what a visitor sees, turn by turn, under the page's real Content-Security-Policy.
/// </summary>
public sealed class WebChatBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Welcome = "back-care assistant. I can answer common questions";
    private const string SciaticaAnswer = "treat an irritated or compressed nerve";
    private const string CureAnswer = "a cure on its own";
    private const string ConsentQuestion = "I can ask a few quick questions to check your soreness";
    private const string EmergencyAdvice = "Please call 999 now or go to A&E";
    private const string RedFlag = "I can't feel anything when I wipe and I've wet myself";

    [BrowserFact]
    public async Task AVisitorIsWelcomedOnceChatsToEmergencyAdviceAndAReloadKeepsTheConversation()
    {
        var (context, page, violations) = await session.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");

        // The page itself: the clinic's header and the emergency line, before any chat.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("One Body LDN");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call the clinic on 020 0000 0000" })).ToHaveAttributeAsync("href", "tel:02000000000");
        await Expect(page.GetByText("Not for emergencies: call 999")).ToBeVisibleAsync();

        // The welcome arrives without typing, once, with the menu as buttons.
        await Expect(Activities(page, Welcome)).ToHaveCountAsync(1);
        var sciatica = SuggestedAction(page, "Sciatica");
        await Expect(sciatica).ToBeVisibleAsync();

        // Every style element Web Chat made was applied (a style blocked by the CSP has no sheet).
        var blockedStyles = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('style')].filter(s => !s.sheet).map(s => s.getAttribute('data-emotion') || 'style')");
        Assert.Empty(blockedStyles);

        // A suggested action is a button that answers.
        await sciatica.ClickAsync();
        await Expect(Activities(page, SciaticaAnswer)).ToHaveCountAsync(1);

        // A typed question gets its answer.
        await SendAsync(page, "can massage cure my back pain?");
        await Expect(Activities(page, CureAnswer)).ToHaveCountAsync(1);

        // The symptom check starts, its grouped question renders as a markdown list.
        await SendAsync(page, "Check my soreness");
        await Expect(Activities(page, ConsentQuestion)).ToHaveCountAsync(1);
        await SuggestedAction(page, "Start the check").ClickAsync();
        await Expect(page.Locator(".webchat__basic-transcript__activity li").First).ToBeVisibleAsync();

        // A red flag typed mid-check: the emergency advice, in bold.
        await SendAsync(page, RedFlag);
        await Expect(page.Locator(".webchat__basic-transcript__activity strong", new() { HasTextString = EmergencyAdvice })).ToHaveCountAsync(1);
        await Expect(page.Locator(".webchat__basic-transcript__activity", new() { HasTextString = RedFlag })).ToHaveCountAsync(1);

        Directory.CreateDirectory(BrowserSession.ArtifactsDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsDirectory, "conversation.png"), FullPage = true });

        // A reload in the same tab resumes the same conversation from its history: one welcome, everything said still there.
        await page.ReloadAsync();
        await Expect(page.Locator(".webchat__basic-transcript__activity strong", new() { HasTextString = EmergencyAdvice })).ToHaveCountAsync(1);
        await Expect(Activities(page, SciaticaAnswer)).ToHaveCountAsync(1);
        await Expect(Activities(page, Welcome)).ToHaveCountAsync(1);
        await Expect(page.Locator(".webchat__basic-transcript__activity", new() { HasTextString = RedFlag })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ArtifactsDirectory, "after-reload.png"), FullPage = true });

        // After a moment no late second welcome arrives either.
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(1, await Activities(page, Welcome).CountAsync());
        Assert.True(violations.Count == 0, "Content-Security-Policy violations: " + string.Join(" | ", violations));
    }

    [BrowserFact]
    public async Task AKeptConversationThatCannotBeResumedIsReplacedByANewOneWithItsOwnWelcome()
    {
        var (context, page, violations) = await session.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(Activities(page, Welcome)).ToHaveCountAsync(1);
        await SendAsync(page, "can massage cure my back pain?");
        await Expect(Activities(page, CureAnswer)).ToHaveCountAsync(1);
        var kept = await page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('backcare.webchat.session')).conversationId");

        // The kept token no longer works (as after a restart of the bot): coming back starts afresh. (Spoiled from
        // another page of the site in the same tab, as the chat page keeps its newest token when it is left.)
        await page.GotoAsync("/webchat/theme.css");
        await page.EvaluateAsync("""
            () => {
              const session = JSON.parse(sessionStorage.getItem('backcare.webchat.session'));
              session.token = 'not-a-valid-token';
              sessionStorage.setItem('backcare.webchat.session', JSON.stringify(session));
            }
            """);
        await page.GotoAsync("/");

        await Expect(Activities(page, Welcome)).ToHaveCountAsync(1);
        await Expect(SuggestedAction(page, "Sciatica")).ToBeVisibleAsync();
        Assert.Equal(0, await Activities(page, CureAnswer).CountAsync());
        var fresh = await page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('backcare.webchat.session')).conversationId");
        Assert.NotEqual(kept, fresh);
        Assert.True(violations.Count == 0, "Content-Security-Policy violations: " + string.Join(" | ", violations));
    }

    [BrowserFact]
    public async Task ThePageWorksByKeyboardAloneAndAxeFindsNoSeriousOrCriticalViolations()
    {
        var (context, page, violations) = await session.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        await Expect(Activities(page, Welcome)).ToHaveCountAsync(1);
        await Expect(SuggestedAction(page, "Pregnancy")).ToBeVisibleAsync();

        var problems = await AxeViolationsAsync(page);
        Assert.True(problems.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", problems));

        // Keyboard only: Tab to the suggested actions, arrow to one and press Enter; Tab to the send box, type, press Enter.
        Assert.True(await KeyboardToSuggestedActionAsync(page, "Pregnancy"), "the keyboard never reached the Pregnancy button");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Activities(page, "trained in pregnancy massage")).ToHaveCountAsync(1);

        Assert.True(await TabToAsync(page, "el => el.getAttribute('data-id') === 'webchat-sendbox-input'"), "Tab never reached the send box");
        await page.Keyboard.TypeAsync("how do I find a qualified therapist?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".webchat__basic-transcript__activity", new() { HasTextString = "how do I find a qualified therapist?" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".webchat__basic-transcript__activity")).Not.ToHaveCountAsync(0);

        problems = await AxeViolationsAsync(page);
        Assert.True(problems.Count == 0, "axe-core found serious or critical violations after a few turns:\n" + string.Join("\n", problems));
        Assert.True(violations.Count == 0, "Content-Security-Policy violations: " + string.Join(" | ", violations));
    }

    private static ILocator Activities(IPage page, string text) =>
        page.Locator(".webchat__basic-transcript__activity", new() { HasTextString = text });

    /// <summary>A button of the suggested actions toolbar (Web Chat also lists them, hidden, for screen readers).</summary>
    private static ILocator SuggestedAction(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Presses Tab until the focused element satisfies <paramref name="isTarget"/> (at most 40 presses).</summary>
    private static async Task<bool> TabToAsync(IPage page, string isTarget) => await PressUntilAsync(page, "Tab", isTarget, 40);

    /// <summary>
    /// Reaches a suggested action by keyboard the way Web Chat's toolbar works: Tab into the toolbar (one tab stop),
    /// then the arrow keys to the button.
    /// </summary>
    private static async Task<bool> KeyboardToSuggestedActionAsync(IPage page, string title) =>
        await PressUntilAsync(page, "Tab", "el => el.classList.contains('webchat__suggested-action')", 40)
        && await PressUntilAsync(page, "ArrowRight", $"el => el.textContent.trim() === {JsonSerializer.Serialize(title)}", 20, checkFirst: true);

    private static async Task<bool> PressUntilAsync(IPage page, string key, string isTarget, int attempts, bool checkFirst = false)
    {
        var check = $"() => {{ const el = document.activeElement; return !!el && !!({isTarget})(el); }}";
        if (checkFirst && await page.EvaluateAsync<bool>(check))
        {
            return true;
        }

        for (var i = 0; i < attempts; i++)
        {
            await page.Keyboard.PressAsync(key);
            if (await page.EvaluateAsync<bool>(check))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs axe-core 4.x in the page (evaluated through the DevTools protocol, which the page's CSP does not govern).</summary>
    private static async Task<List<string>> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(await File.ReadAllTextAsync(WebChatTooling.AxeScriptPath));
        }

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await window.axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')');
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
