using System.Net;
using System.Text.RegularExpressions;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Avance.Tests.Features.Accounts;

/// <summary>What the account tests share: anonymous clients, a page's text, whether a password signs in, the account as stored.</summary>
public static partial class AccountPages
{
    public static HttpClient AnonymousClient(this AvanceApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), " "));

    /// <summary>Whether the login page accepts the password (it redirects on success and shows the form again otherwise).</summary>
    public static async Task<bool> SignsInAsync(this AvanceApp app, string email, string password)
    {
        using var client = app.AnonymousClient();
        using var response = await client.PostFormAsync("/en/account/login", new() { ["Email"] = email, ["Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    public static async Task<AvanceUser> StoredAsync(this AvanceApp app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AvanceDb>().Users.SingleAsync(u => u.Id == id);
    }

    public static async Task<List<Avance.Features.Audit.AuditEntry>> HistoryAsync(this AvanceApp app, int accountId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Avance.Features.Audit.AuditTrail.For(scope.ServiceProvider.GetRequiredService<AvanceDb>(), AccountAudit.ItemType, accountId).ToListAsync();
    }

    /// <summary>Locks the account as an administrator does, straight in the database.</summary>
    public static async Task LockAsync(this AvanceApp app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AvanceDb>().Users.Where(u => u.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, AvanceUser.LockedUntilUnlocked));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
