using Avance.Domain;
using Avance.Web;

namespace Avance.Features.Accounts.Administration;

/// <summary>The role and organisation chosen in a form, applied to an account or explained as a problem in the page's language.</summary>
internal static class RoleAssignment
{
    /// <summary>Null when the account now has the role and organisation; otherwise what is wrong, naming the field.</summary>
    public static string? TryAssign(AvanceUser account, AccountRole? role, int? organisationId, IReadOnlyList<OrganisationChoice> organisations, UiText text)
    {
        if (role is not { } chosen || !Enum.IsDefined(chosen)) return text["AccountRoleMissing"];
        (int, OrganisationKind)? binding = null;
        if (organisationId is { } id)
        {
            if (organisations.FirstOrDefault(o => o.Id == id) is not { } organisation) return text["AccountOrganisationUnknown"];
            binding = (organisation.Id, organisation.Kind);
        }
        try
        {
            account.Assign(chosen, binding);
            return null;
        }
        catch (DomainRuleException e)
        {
            return text[e.Code, text["Role_" + chosen]];
        }
    }

    /// <summary>"Focal point — SRE", or the role alone.</summary>
    public static string Label(UiText text, AccountRole role, int? organisationId, IReadOnlyList<OrganisationChoice> organisations)
    {
        var organisation = organisations.FirstOrDefault(o => o.Id == organisationId);
        return organisation is null ? text["Role_" + role] : $"{text["Role_" + role]} — {organisation.ShortName}";
    }
}
