using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Avance.BrowserTests;

/// <summary>
/// The people and the period a workflow journey starts from, made through the app's own services: there is no default
/// account, and an administrator would otherwise have to create every one through the pages first.
/// </summary>
internal static class WorkflowAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>
    /// An account with a role, bound to the organisation with this acronym when the role speaks for one; a fresh address
    /// unless one is given (a screenshot shows who is signed in, so it should not change from run to run).
    /// </summary>
    public static async Task<string> CreateUserAsync(this BrowserFixture app, AccountRole role, string? organisationAcronym = null,
        string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
        int? organisationId = organisationAcronym is null
            ? null
            : await db.Organisations.Where(o => o.Acronym!.Translations.Any(t => t.Value == organisationAcronym)).Select(o => o.Id).SingleAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AvanceUser>>();
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AvanceUser { UserName = email, Email = email, Role = role, OrganisationId = organisationId, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A period of the demo plan, open for reporting, with a label no demo period has.</summary>
    public static async Task<int> OpenPeriodAsync(this BrowserFixture app, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AvanceDb>();
        var plan = await db.Plans.Where(p => p.Code == "NAP-1325").Select(p => p.Id).SingleAsync();
        var period = new ReportingPeriod(plan, year.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        period.Open(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return period.Id;
    }

    public static async Task<int> IndicatorIdAsync(this BrowserFixture app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AvanceDb>().Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
    }

    /// <summary>Signs in through the login page in a language and waits for the page it leads to.</summary>
    public static async Task SignInAsync(this IPage page, string language, string email)
    {
        await page.OpenAsync($"/{language}/account/login");
        await page.SignInHereAsync(email);
    }

    /// <summary>Fills in the login page the browser is on (as after following a link that needs an account) and signs in.</summary>
    public static async Task SignInHereAsync(this IPage page, string email)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.NavigateWithAsync(() => page.Locator("#password").PressAsync("Enter"));
        Assert.False(page.Url.Contains("/account/login", StringComparison.Ordinal), $"Signing in {email} stayed on the login page.");
    }
}
