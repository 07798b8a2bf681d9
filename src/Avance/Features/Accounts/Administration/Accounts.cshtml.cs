using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Accounts.Administration;

/// <summary>
/// Every account, and a new one: e-mail, role and organisation. The person gets a link to choose their password by
/// mail; the administrator never sets or sees it.
/// </summary>
[BrowserSession(Permissions.ManageAccounts)]
public sealed class AccountsModel(AvanceDb db, UserManager<AvanceUser> users, PasswordLinkMails mails, TimeProvider clock, UiText text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public AccountRole? Role { get; set; }

    [BindProperty]
    public int? OrganisationId { get; set; }

    /// <summary>The language of the welcome message: the one the new person reads best, the page's own by default.</summary>
    [BindProperty]
    public string? MailLanguage { get; set; }

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];
    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var email = Email?.Trim() ?? "";
        var now = clock.GetUtcNow();
        var account = new AvanceUser { UserName = email, Email = email, CreatedAt = now };
        var problems = new List<string>();
        if (!EmailAddresses.IsValid(email)) problems.Add(text["EmailInvalid"]);
        if (RoleAssignment.TryAssign(account, Role, OrganisationId, Organisations, text) is { } problem) problems.Add(problem);
        var language = Languages.All.Contains(MailLanguage ?? "") ? MailLanguage! : Languages.Current;
        if (problems.Count == 0)
        {
            var result = await AccountAudit.SaveAsync(db,
                () => users.CreateAsync(account),
                () => AccountAudit.Record(db, Caller.From(User), now, AccountAudit.Create, account.Id, null, AccountSnapshot.Of(account)),
                cancellationToken);
            problems.AddRange(result.Errors.Select(e => e.Description).Distinct());
        }
        Problems = problems;
        if (problems.Count > 0) return Page();

        var sent = await mails.SendWelcomeAsync(account, Request, language, cancellationToken);
        Notice = text[sent ? "AccountCreated" : "AccountCreatedMailFailed", email];
        Email = null;
        Role = null;
        OrganisationId = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Accounts = await AccountQueries.ListAsync(db, cancellationToken);
        Organisations = await BindableOrganisations.ListAsync(db, Languages.Current, cancellationToken);
    }
}
