using System.Text.Json;
using System.Text.Json.Serialization;
using Avance.Data;
using Avance.Features.Audit;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Accounts.Administration;

public sealed record AccountHistoryRow(DateTimeOffset At, string Actor, string Action, string Change);

/// <summary>An account's audit trail, oldest first, each change told in the page's language.</summary>
public static class AccountHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IReadOnlyList<AccountHistoryRow>> ForAsync(AvanceDb db, int accountId, UiText text,
        IReadOnlyList<OrganisationChoice> organisations, CancellationToken cancellationToken)
    {
        var entries = await AuditTrail.For(db, AccountAudit.ItemType, accountId).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new AccountHistoryRow(e.At, e.Actor, text["Action_" + e.Action], Change(e, text, organisations)))];
    }

    private static string Change(AuditEntry entry, UiText text, IReadOnlyList<OrganisationChoice> organisations)
    {
        string Role(AccountSnapshot? snapshot) =>
            snapshot is null ? "—" : RoleAssignment.Label(text, snapshot.Role, snapshot.OrganisationId, organisations);

        switch (entry.Action)
        {
            case AccountAudit.Create:
                return Role(Read<AccountSnapshot>(entry.After));
            case AccountAudit.Role:
                return $"{Role(Read<AccountSnapshot>(entry.Before))} → {Role(Read<AccountSnapshot>(entry.After))}";
            case AccountAudit.TokenCreate or AccountAudit.TokenRevoke:
                var token = Read<TokenSnapshot>(entry.After ?? entry.Before);
                return token is null ? "" : text["TokenChange", token.Name, token.Prefix, AccountFormat.Scopes(text, token.Scopes), AccountFormat.Moment(token.ExpiresAt)];
            default:
                return "";
        }
    }

    private static T? Read<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, Json);
}
