using Avance.Data;
using Avance.Features.Accounts;

namespace Avance.Cli;

/// <summary>`avance users list`: every account with its role, organisation and whether it is locked.</summary>
internal static class UsersList
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await UsersCommand.PrepareDatabaseAsync(services, cancellationToken);
        var db = services.GetRequiredService<AvanceDb>();
        var accounts = await AccountQueries.ListAsync(db, cancellationToken);
        if (accounts.Count == 0)
        {
            Console.WriteLine(Messages.UsersNone);
            return;
        }
        var organisations = (await BindableOrganisations.ListAsync(db, UsersOutput.Language, cancellationToken)).ToDictionary(o => o.Id);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        string[] headings = [Messages.UsersColumnEmail, Messages.UsersColumnRole, Messages.UsersColumnOrganisation, Messages.UsersColumnLocked];
        UsersOutput.WriteTable(Console.Out, [headings, .. accounts.Select(a => new[]
        {
            a.Email,
            UsersRoles.Name(a.Role),
            a.OrganisationId is { } id && organisations.TryGetValue(id, out var organisation) ? organisation.ShortName : "-",
            a.IsLockedByAdministrator ? Messages.UsersLockedYes
                : a.IsLocked(now) ? string.Format(Messages.UsersLockedUntil, a.LockoutEnd!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture))
                : Messages.UsersLockedNo,
        })]);
    }
}
