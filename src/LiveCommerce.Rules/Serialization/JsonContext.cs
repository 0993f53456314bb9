using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LiveCommerce.Rules.Engine;
using LiveCommerce.Rules.Guizhou.ShiBaiQianWan;
using LiveCommerce.Rules.Heilongjiang.EnterpriseAssistance;
using LiveCommerce.Rules.Heilongjiang.SharedBase;
using LiveCommerce.Rules.Heilongjiang.ThreeYearPlan;
using LiveCommerce.Rules.Goals;
using LiveCommerce.Rules.Sichuan.ClusterAction;
using LiveCommerce.Rules.Xiangyuan.RuralETown;

namespace LiveCommerce.Rules.Serialization;

/// <summary>
/// The source-generated JSON contract for facts, parameters and reports: camelCase property names, enums as
/// strings (written PascalCase; facts read in camelCase or PascalCase, see <see cref="EnumSpelling"/>), counts from any whole number, money as a number of yuan, areas in m², months as <c>yyyy-MM</c>, dates as <c>yyyy-MM-dd</c>.
/// See docs/json-contract.md.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    Converters =
    [
        typeof(MoneyJsonConverter),
        typeof(AreaJsonConverter),
        typeof(HoursJsonConverter),
        typeof(PercentageJsonConverter),
        typeof(YearMonthJsonConverter),
        typeof(StrictDateJsonConverter),
        typeof(WholeNumberInt32JsonConverter),
        typeof(WholeNumberInt64JsonConverter),
    ])]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(ValidationResult))]
[JsonSerializable(typeof(ParameterSet))]
[JsonSerializable(typeof(SharedBaseApplication))]
[JsonSerializable(typeof(SharedBaseCitySelection))]
[JsonSerializable(typeof(DemonstrationProject))]
[JsonSerializable(typeof(DemonstrationCriteria))]
[JsonSerializable(typeof(SupportClaim))]
[JsonSerializable(typeof(AssistedEnterprise))]
[JsonSerializable(typeof(AssistanceCityCohort))]
[JsonSerializable(typeof(PlanMeasuresCase))]
[JsonSerializable(typeof(SichuanClusterPilotApplication))]
[JsonSerializable(typeof(SichuanBaseApplication))]
[JsonSerializable(typeof(GoalFigures))]
[JsonSerializable(typeof(GoalProgressReport))]
[JsonSerializable(typeof(RuralETownProject))]
public sealed partial class JsonContext : JsonSerializerContext
{
}
