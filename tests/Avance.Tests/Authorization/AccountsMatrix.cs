using System.Text.RegularExpressions;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Authorization;

/// <summary>
/// Signing in and out, choosing a password, and the error pages that also answer posts: open to everyone. One's own
/// password and tokens: any signed-in account. Other people's accounts: administrators only.
/// </summary>
public sealed partial class AccountsMatrix : IMatrixArea
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "{lang}/account/login", Channel.Page, Actors.Everyone,
            (_, client) => client.PostFormAsync("/en/account/login", new() { ["Email"] = "nobody@example.org", ["Password"] = "not the password" })),
        new("POST", "{lang}/account/logout", Channel.Page, Actors.Everyone,
            // Signing a shared client out would sign that actor out for the rest of the matrix: post without the token, which
            // shows authorisation passed (antiforgery answers 400) without ending the session.
            (_, client) => client.PostAsync("/en/account/logout", new FormUrlEncodedContent([]))),
        new("POST", "errors/{code}", Channel.Page, Actors.Everyone,
            (_, client) => client.PostAsync("/errors/404", new FormUrlEncodedContent([]))),
        new("POST", "{lang}/account/forgot-password", Channel.Page, Actors.Everyone,
            (_, client) => client.PostFormAsync("/en/account/forgot-password", new() { ["Email"] = "nobody@example.org" })),
        new("POST", "{lang}/account/reset-password", Channel.Page, Actors.Everyone, async (scene, client) =>
        {
            var link = await ResetLinkAsync(scene);
            return await client.PostFormAsync(link, new() { ["NewPassword"] = "a new passphrase here", ["ConfirmPassword"] = "a new passphrase here" });
        }),
        // A wrong current password: the shared actor keeps its password and its session.
        new("POST", "{lang}/account/password", Channel.Page, Actors.SignedIn,
            (_, client) => client.PostFormAsync("/en/account/password",
                new() { ["CurrentPassword"] = "not the password", ["NewPassword"] = "a new passphrase here", ["ConfirmPassword"] = "a new passphrase here" })),
        new("POST", "{lang}/account/tokens", Channel.Page, Actors.SignedIn, async (_, client) =>
        {
            // The first scope the page offers this actor's role (none when the page is refused).
            using var page = await client.GetAsync("/en/account/tokens");
            var scope = OfferedScope().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
            return await client.PostFormAsync("/en/account/tokens", new() { ["Name"] = "matrix", ["Scopes"] = scope, ["Days"] = "1" },
                "/en/account/tokens?handler=Create");
        }),
        new("POST", "{lang}/admin/accounts", Channel.Page, Actors.Only(Actor.Administrator),
            (_, client) => client.PostFormAsync("/en/admin/accounts",
                new() { ["Email"] = $"matrix-{Guid.NewGuid():N}@example.org", ["Role"] = "Coordinator", ["MailLanguage"] = "en" })),
        new("POST", "{lang}/admin/accounts/{id}", Channel.Page, Actors.Only(Actor.Administrator), async (scene, client) =>
        {
            var account = await scene.App.CreateUserAsync(AccountRole.Coordinator);
            return await client.PostFormAsync("/en", [], $"/en/admin/accounts/{account.Id}?handler=Lock");
        }),
    ];

    /// <summary>A working link to choose a password, for a fresh account, as the e-mail would carry it.</summary>
    private static async Task<string> ResetLinkAsync(MatrixScene scene)
    {
        var account = await scene.App.CreateUserAsync(AccountRole.Coordinator);
        await using var scope = scene.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AvanceUser>>();
        var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(account.Id.ToString()))!);
        return $"/en/account/reset-password?user={account.Id}&token={PasswordLinkMails.EncodeToken(token)}";
    }

    [GeneratedRegex(@"name=""Scopes"" value=""(\w+)""")]
    private static partial Regex OfferedScope();
}
