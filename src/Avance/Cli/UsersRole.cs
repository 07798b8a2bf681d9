using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Avance.Cli;

/// <summary>`avance users role`: another role (and organisation) for an account; the last administrator keeps the role.</summary>
internal static class UsersRole
{
    public static async Task RunAsync(IServiceProvider services, string? emailOption, string? roleOption, string? organisationOption,
        CancellationToken cancellationToken)
    {
        var email = UsersEmail.Checked(emailOption);
        var role = UsersRoles.Parse(roleOption);
        UsersOrganisation.CheckGiven(role, organisationOption);

        await UsersCommand.PrepareDatabaseAsync(services, cancellationToken);
        var db = services.GetRequiredService<AvanceDb>();
        var users = services.GetRequiredService<UserManager<AvanceUser>>();
        var account = await users.FindByEmailAsync(email) ?? throw new UsersRefusal(string.Format(Messages.UsersEmailUnknown, email));
        var before = AccountSnapshot.Of(account);
        if (role != AccountRole.Administrator)
        {
            try
            {
                await LastAdministrator.EnsureOthersRemainAsync(db, account, cancellationToken);
            }
            catch (DomainRuleException)
            {
                throw new UsersRefusal(string.Format(Messages.UsersLastAdministrator, email));
            }
        }
        await UsersOrganisation.AssignAsync(db, account, role, organisationOption, cancellationToken);
        if (AccountSnapshot.Of(account) == before)
        {
            Console.WriteLine(string.Format(Messages.UsersRoleUnchanged, email, UsersRoles.Name(role)));
            return;
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = await AccountAudit.SaveAsync(db,
            () => users.UpdateAsync(account),
            () => AccountAudit.Record(db, null, now, AccountAudit.Role, account.Id, before, AccountSnapshot.Of(account)),
            cancellationToken);
        if (!result.Succeeded) throw new UsersRefusal(string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
        Console.WriteLine(string.Format(Messages.UsersRoleChanged, email, UsersRoles.Name(role)));
    }
}
