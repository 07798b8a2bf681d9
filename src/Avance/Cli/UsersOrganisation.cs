using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;

namespace Avance.Cli;

/// <summary>The --organisation of a focal point or an observer: found by id, IATI identifier or acronym, and of the kind the role needs.</summary>
internal static class UsersOrganisation
{
    /// <summary>Before anything is read or written: an organisation is given exactly when the role needs one.</summary>
    public static void CheckGiven(AccountRole role, string? reference)
    {
        if (AccountRules.NeedsOrganisation(role) != (reference is null)) return;
        throw Refusal(reference is null ? AccountRules.OrganisationRequired : AccountRules.OrganisationNotAllowed, role, null);
    }

    /// <summary>Gives the account the role and the organisation the reference names, or refuses saying what is wrong.</summary>
    public static async Task AssignAsync(AvanceDb db, AvanceUser account, AccountRole role, string? reference, CancellationToken cancellationToken)
    {
        var organisation = reference is null ? null : await FindAsync(db, reference, cancellationToken);
        try
        {
            account.Assign(role, organisation is null ? null : (organisation.Id, organisation.Kind));
        }
        catch (DomainRuleException e)
        {
            throw Refusal(e.Code, role, organisation);
        }
    }

    private static async Task<OrganisationChoice> FindAsync(AvanceDb db, string reference, CancellationToken cancellationToken)
    {
        var all = await BindableOrganisations.ListAsync(db, UsersOutput.Language, cancellationToken);
        var found = BindableOrganisations.Named(all, reference);
        return found.Count switch
        {
            1 => found[0],
            0 => throw new UsersRefusal(string.Format(Messages.UsersOrganisationUnknown, reference)),
            _ => throw new UsersRefusal(string.Format(Messages.UsersOrganisationAmbiguous, reference,
                string.Join(", ", found.Select(o => $"{o.Id} {o.ShortName}")))),
        };
    }

    private static UsersRefusal Refusal(string code, AccountRole role, OrganisationChoice? organisation)
    {
        var roleName = UsersRoles.Name(role);
        var needs = role == AccountRole.Observer ? Messages.UsersObserverOrganisations : Messages.UsersFocalPointOrganisations;
        return new UsersRefusal(code switch
        {
            AccountRules.OrganisationRequired => string.Format(Messages.UsersOrganisationRequired, roleName, needs),
            AccountRules.OrganisationNotAllowed => string.Format(Messages.UsersOrganisationNotAllowed, roleName),
            _ => string.Format(Messages.UsersOrganisationWrongKind, roleName, organisation?.Label, needs),
        });
    }
}
