using Avance.Data;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Avance.Cli;

/// <summary>`avance users add`: an account with a role and a password, recorded in the audit trail as done by "system".</summary>
internal static class UsersAdd
{
    public sealed record Request(string? Email, string? Role, string? Organisation, FileInfo? PasswordFile);

    public static async Task RunAsync(IServiceProvider services, Request request, CancellationToken cancellationToken)
    {
        var email = UsersEmail.Checked(request.Email);
        var role = UsersRoles.Parse(request.Role);
        UsersOrganisation.CheckGiven(role, request.Organisation);
        var users = services.GetRequiredService<UserManager<AvanceUser>>();
        var password = UsersPassword.Read(request.PasswordFile, email, users.Options.Password.RequiredLength);

        await UsersCommand.PrepareDatabaseAsync(services, cancellationToken);
        var db = services.GetRequiredService<AvanceDb>();
        if (await users.FindByEmailAsync(email) is not null) throw new UsersRefusal(string.Format(Messages.UsersEmailTaken, email));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = new AvanceUser { UserName = email, Email = email, CreatedAt = now };
        await UsersOrganisation.AssignAsync(db, account, role, request.Organisation, cancellationToken);

        var result = await AccountAudit.SaveAsync(db,
            () => users.CreateAsync(account, password),
            () => AccountAudit.Record(db, null, now, AccountAudit.Create, account.Id, null, AccountSnapshot.Of(account)),
            cancellationToken);
        if (!result.Succeeded) throw new UsersRefusal(string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
        Console.WriteLine(string.Format(Messages.UsersAdded, email, UsersRoles.Name(role)));
    }
}
