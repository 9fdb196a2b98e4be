using System.Text.Json;

namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>
/// The verdict of a compiled evaluation and what stands in the way: blocking unmet and unknown comparisons (as
/// <see cref="EligibilityResult.Unmet"/> and <see cref="EligibilityResult.Missing"/> count them) and the first
/// blocking unmet comparison in rule order (-1 when there is none).
/// </summary>
public readonly record struct EligibilityTally(EligibilityOutcome Outcome, int Unmet, int Missing, int FirstUnmet);

/// <summary>
/// A <see cref="Condition"/> compiled once for evaluating many applicants: NOT pushed down to the comparisons
/// (as <see cref="EligibilityEvaluator"/> does), comparison values parsed and fields resolved to slots of a
/// <see cref="FactSchema"/>, the tree flattened into a postfix program.
/// <para>
/// <see cref="Evaluate"/> writes the compact explanation — one <see cref="EligibilityOutcome"/> byte per comparison,
/// in rule order — and returns the verdict; it allocates nothing. <see cref="Render"/> turns the compact explanation
/// back into the full <see cref="EligibilityResult"/> (labels, required and actual values, gaps, blocking), exactly
/// as <see cref="EligibilityEvaluator.Evaluate"/> gives it, when somebody wants to read it.
/// </para>
/// </summary>
public sealed class CompiledCondition
{
    private const byte Met = (byte)EligibilityOutcome.Met;
    private const byte NotMet = (byte)EligibilityOutcome.NotMet;
    private const byte Unknown = (byte)EligibilityOutcome.Unknown;

    private readonly Leaf[] _leaves;
    private readonly Instruction[] _program;
    private readonly int[] _slots;

    private CompiledCondition(FactSchema schema, Leaf[] leaves, Instruction[] program)
    {
        Schema = schema;
        _leaves = leaves;
        _program = program;
        _slots = leaves.Select(l => l.Slot).Distinct().Order().ToArray();
        _flat = program.Length == 1 || (program.Length == leaves.Length + 1 && program[..^1].All(i => i.Operation == Operation.Compare));
    }

    /// <summary>A single comparison, or one group of comparisons: evaluated without the program's stack.</summary>
    private readonly bool _flat;

    public FactSchema Schema { get; }

    /// <summary>How many comparisons (bytes of compact explanation) an evaluation gives.</summary>
    public int ComparisonCount => _leaves.Length;

    /// <summary>The schema slots the condition reads.</summary>
    public ReadOnlySpan<int> Slots => _slots;

    /// <summary>The field the comparison at this position (rule order) reads.</summary>
    public string FieldOf(int comparison) => _leaves[comparison].Field;

    /// <summary>Compiles a condition; every field it names must be in the schema.</summary>
    public static CompiledCondition Compile(Condition condition, FactSchema schema, FieldCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(schema);
        var leaves = new List<Leaf>();
        var program = new List<Instruction>();
        Emit(condition, negated: false, schema, catalog ?? FieldCatalog.Empty, leaves, program);
        return new CompiledCondition(schema, [.. leaves], [.. program]);
    }

    private static void Emit(Condition condition, bool negated, FactSchema schema, FieldCatalog catalog, List<Leaf> leaves, List<Instruction> program)
    {
        switch (condition)
        {
            case AllOf all:
                Group(all.Conditions, negated, negated ? Operation.Any : Operation.All, schema, catalog, leaves, program);
                break;
            case AnyOf any:
                Group(any.Conditions, negated, negated ? Operation.All : Operation.Any, schema, catalog, leaves, program);
                break;
            case Not not:
                Emit(not.Condition, !negated, schema, catalog, leaves, program);
                break;
            case Comparison comparison:
                program.Add(new Instruction(Operation.Compare, leaves.Count));
                leaves.Add(Leaf.Of(comparison, negated, schema, catalog));
                break;
            default:
                throw new NotSupportedException($"Unknown condition type {condition.GetType().Name}.");
        }
    }

    private static void Group(IReadOnlyList<Condition> children, bool negated, Operation operation, FactSchema schema, FieldCatalog catalog, List<Leaf> leaves, List<Instruction> program)
    {
        foreach (var child in children)
        {
            Emit(child, negated, schema, catalog, leaves, program);
        }
        program.Add(new Instruction(operation, children.Count));
    }

    /// <summary>
    /// Evaluates the row (loaded with at least <see cref="Slots"/>), writes one outcome per comparison into
    /// <paramref name="outcomes"/> (at least <see cref="ComparisonCount"/> long) and returns the verdict.
    /// </summary>
    public EligibilityTally Evaluate(FactRow row, Span<byte> outcomes)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!ReferenceEquals(row.Schema, Schema))
        {
            throw new ArgumentException("The row is laid out by another schema.", nameof(row));
        }
        if (outcomes.Length < _leaves.Length)
        {
            throw new ArgumentException("The outcome buffer is shorter than the number of comparisons.", nameof(outcomes));
        }
        var slots = row.Slots;
        var leaves = _leaves;
        if (_flat)
        {
            // Most rules: comparisons under one "all of" (or "any of"), or a single comparison.
            var seen = 0;
            var unmet = 0;
            var missing = 0;
            var firstUnmet = -1;
            for (var i = 0; i < leaves.Length; i++)
            {
                ref readonly var leaf = ref leaves[i];
                var outcome = leaf.Evaluate(in slots[leaf.Slot]);
                outcomes[i] = outcome;
                seen |= 1 << outcome;
                if (outcome == NotMet)
                {
                    unmet++;
                    if (firstUnmet < 0)
                    {
                        firstUnmet = i;
                    }
                }
                else if (outcome == Unknown)
                {
                    missing++;
                }
            }
            if (_program[^1].Operation == Operation.Compare)
            {
                return new EligibilityTally((EligibilityOutcome)outcomes[0], unmet, missing, firstUnmet);
            }
            var flatOperation = _program[^1].Operation;
            var flatOutcome = Combine(flatOperation, seen);
            return flatOperation == Operation.Any && flatOutcome == Met
                ? new EligibilityTally(EligibilityOutcome.Met, 0, 0, -1)
                : new EligibilityTally((EligibilityOutcome)flatOutcome, unmet, missing, firstUnmet);
        }
        var program = _program;
        Span<Frame> stack = program.Length <= 64 ? stackalloc Frame[program.Length] : new Frame[program.Length];
        var top = 0;
        foreach (var instruction in program)
        {
            if (instruction.Operation == Operation.Compare)
            {
                var index = instruction.Operand;
                ref readonly var leaf = ref leaves[index];
                var outcome = leaf.Evaluate(in slots[leaf.Slot]);
                outcomes[index] = outcome;
                stack[top++] = outcome switch
                {
                    NotMet => new Frame(NotMet, 1, 0, index),
                    Unknown => new Frame(Unknown, 0, 1, -1),
                    _ => new Frame(Met, 0, 0, -1),
                };
                continue;
            }
            var start = top - instruction.Operand;
            var seen = 0;
            var unmet = 0;
            var missing = 0;
            var firstUnmet = -1;
            for (var i = start; i < top; i++)
            {
                ref readonly var child = ref stack[i];
                seen |= 1 << child.Outcome;
                unmet += child.Unmet;
                missing += child.Missing;
                if (firstUnmet < 0)
                {
                    firstUnmet = child.FirstUnmet;
                }
            }
            var combined = Combine(instruction.Operation, seen);
            stack[start] = instruction.Operation == Operation.Any && combined == Met
                ? new Frame(Met, 0, 0, -1) // one alternative suffices: the others no longer block
                : new Frame(combined, unmet, missing, firstUnmet);
            top = start + 1;
        }
        var verdict = stack[0];
        return new EligibilityTally((EligibilityOutcome)verdict.Outcome, verdict.Unmet, verdict.Missing, verdict.FirstUnmet);
    }

    /// <summary>The gap of a numeric or date comparison (in the field's unit or days), or null when it has none.</summary>
    public decimal? GapOf(int comparison, FactRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ref readonly var leaf = ref _leaves[comparison];
        return leaf.Gap(in row.Slots[leaf.Slot]);
    }

    /// <summary>
    /// The full explanation of one evaluation from its compact form (the outcomes <see cref="Evaluate"/> wrote) and
    /// the facts it was evaluated on: the same verdict and explanations as <see cref="EligibilityEvaluator.Evaluate"/>.
    /// </summary>
    public EligibilityResult Render(FactRow row, ReadOnlySpan<byte> outcomes)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (outcomes.Length < _leaves.Length)
        {
            throw new ArgumentException("The outcome buffer is shorter than the number of comparisons.", nameof(outcomes));
        }
        // Replay the program on the outcomes alone: an "any of" that holds releases every comparison beneath it.
        var blocking = new bool[_leaves.Length];
        var stack = new (byte Outcome, int FirstLeaf, int EndLeaf)[_program.Length];
        var top = 0;
        var leavesSeen = 0;
        foreach (var instruction in _program)
        {
            if (instruction.Operation == Operation.Compare)
            {
                var outcome = outcomes[instruction.Operand];
                blocking[instruction.Operand] = outcome != Met;
                stack[top++] = (outcome, instruction.Operand, instruction.Operand + 1);
                leavesSeen++;
                continue;
            }
            var start = top - instruction.Operand;
            var seen = 0;
            for (var i = start; i < top; i++)
            {
                seen |= 1 << stack[i].Outcome;
            }
            var combined = Combine(instruction.Operation, seen);
            var (firstLeaf, endLeaf) = instruction.Operand == 0 ? (leavesSeen, leavesSeen) : (stack[start].FirstLeaf, stack[top - 1].EndLeaf);
            if (instruction.Operation == Operation.Any && combined == Met)
            {
                Array.Fill(blocking, false, firstLeaf, endLeaf - firstLeaf);
            }
            stack[start] = (combined, firstLeaf, endLeaf);
            top = start + 1;
        }

        var explanations = new List<ConditionExplanation>(_leaves.Length);
        for (var i = 0; i < _leaves.Length; i++)
        {
            ref readonly var leaf = ref _leaves[i];
            ref readonly var slot = ref row.Slots[leaf.Slot];
            var outcome = (EligibilityOutcome)outcomes[i];
            explanations.Add(new ConditionExplanation(
                leaf.Field,
                leaf.Label,
                leaf.Symbol,
                leaf.Required,
                slot.Kind == FactKind.Unknown ? null : EligibilityEvaluator.FormatFact(slot.Value!, leaf.Unit),
                outcome,
                outcome == EligibilityOutcome.NotMet ? leaf.Gap(in slot) : null)
            {
                Blocking = blocking[i],
            });
        }
        return new EligibilityResult((EligibilityOutcome)stack[0].Outcome, explanations);
    }

    /// <summary>Kleene AND / OR over the set of child outcomes seen (bit n set = outcome n seen).</summary>
    private static byte Combine(Operation operation, int seen) => operation == Operation.All
        ? (seen & (1 << NotMet)) != 0 ? NotMet : (seen & (1 << Unknown)) != 0 ? Unknown : Met
        : (seen & (1 << Met)) != 0 ? Met : (seen & (1 << Unknown)) != 0 ? Unknown : NotMet;

    private enum Operation : byte
    {
        Compare,
        All,
        Any,
    }

    /// <summary>Compare: evaluate comparison n and push it; All / Any: combine the top n outcomes.</summary>
    private readonly record struct Instruction(Operation Operation, int Operand);

    private enum LeafCode : byte
    {
        Generic,
        NumberOrder,
        NumberEqual,
        TextEqual,
        FlagEqual,
        TextIn,
        SetContains,
    }

    private readonly record struct Frame(byte Outcome, int Unmet, int Missing, int FirstUnmet);

    /// <summary>One comparison with NOT applied and its value parsed for every kind of fact it may meet.</summary>
    private readonly struct Leaf
    {
        public required int Slot { get; init; }
        public required ComparisonOperator Operator { get; init; }
        public required bool Inverted { get; init; }
        /// <summary>The operator as written is Exists: a missing fact is then a plain "no", never unknown.</summary>
        public required bool Exists { get; init; }
        public required JsonValueKind ValueKind { get; init; }
        public required LeafCode Code { get; init; }
        public decimal Number { get; init; }
        public bool HasNumber { get; init; }
        /// <summary>The number as <see cref="FactRow.TryScale"/> gives it (<see cref="Code"/> is a number code only when it could).</summary>
        public long Scaled { get; init; }
        public int Day { get; init; }
        public bool HasDate { get; init; }
        public string? Text { get; init; }
        public bool? Flag { get; init; }
        /// <summary>The strings of an array value (equality with a set fact).</summary>
        public HashSet<string>? TextSet { get; init; }
        public decimal[] InNumbers { get; init; }
        public string[] InTexts { get; init; }
        public bool InTrue { get; init; }
        public bool InFalse { get; init; }
        public int[] InDays { get; init; }
        public HashSet<string>[] InSets { get; init; }
        public required string Field { get; init; }
        public required string Label { get; init; }
        public required string? Unit { get; init; }
        public required string Symbol { get; init; }
        public required string Required { get; init; }

        public static Leaf Of(Comparison comparison, bool negated, FactSchema schema, FieldCatalog catalog)
        {
            var field = catalog.Describe(comparison.Field);
            var op = negated ? EligibilityEvaluator.Negate(comparison.Operator) : (Operator: comparison.Operator, Inverted: false);
            var value = comparison.Value;
            var isArray = value.ValueKind == JsonValueKind.Array;
            var candidates = isArray ? value.EnumerateArray().ToList() : [];
            var hasNumber = EligibilityEvaluator.TryNumber(value, out var number);
            var hasScaled = FactRow.TryScale(number, out var scaled) && hasNumber;
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            bool? flag = value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
            var code = op.Operator switch
            {
                ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual
                    when hasScaled => LeafCode.NumberOrder,
                ComparisonOperator.Equal or ComparisonOperator.NotEqual when hasScaled => LeafCode.NumberEqual,
                ComparisonOperator.Equal or ComparisonOperator.NotEqual when text is not null => LeafCode.TextEqual,
                ComparisonOperator.Equal or ComparisonOperator.NotEqual when flag is not null => LeafCode.FlagEqual,
                ComparisonOperator.In when isArray => LeafCode.TextIn,
                ComparisonOperator.Contains when text is not null => LeafCode.SetContains,
                _ => LeafCode.Generic,
            };
            return new Leaf
            {
                Code = code,
                Scaled = scaled,
                Slot = schema.SlotOf(comparison.Field),
                Operator = op.Operator,
                Inverted = op.Inverted,
                Exists = comparison.Operator == ComparisonOperator.Exists,
                ValueKind = value.ValueKind,
                HasNumber = hasNumber,
                Number = number,
                HasDate = EligibilityEvaluator.TryDate(value, out var date),
                Day = date.DayNumber,
                Text = text,
                Flag = flag,
                TextSet = isArray ? Strings(value) : null,
                InNumbers = [.. candidates.Select(c => (Ok: EligibilityEvaluator.TryNumber(c, out var n), n)).Where(c => c.Ok).Select(c => c.n)],
                InTexts = [.. candidates.Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)],
                InTrue = candidates.Any(c => c.ValueKind == JsonValueKind.True),
                InFalse = candidates.Any(c => c.ValueKind == JsonValueKind.False),
                InDays = [.. candidates.Select(c => (Ok: EligibilityEvaluator.TryDate(c, out var d), d)).Where(c => c.Ok).Select(c => c.d.DayNumber)],
                InSets = [.. candidates.Where(c => c.ValueKind == JsonValueKind.Array).Select(Strings)],
                Field = comparison.Field,
                Label = field.Label,
                Unit = field.Unit,
                Symbol = EligibilityEvaluator.Symbol(op.Operator, op.Inverted),
                Required = comparison.Operator == ComparisonOperator.Exists ? "" : EligibilityEvaluator.FormatRequired(value, field.Unit),
            };
        }

        private static HashSet<string> Strings(JsonElement array) =>
            array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal);

        public byte Evaluate(in FactRow.Slot slot)
        {
            if (slot.Kind == FactKind.Unknown)
            {
                return Exists ? (Inverted ? Met : NotMet) : Unknown;
            }
            // The common pairs of comparison and fact first, without conversions; anything else as the evaluator does it.
            bool met;
            switch (Code)
            {
                case LeafCode.NumberOrder when slot.Kind == FactKind.Number && slot.Integer == 1:
                    met = Operator switch
                    {
                        ComparisonOperator.GreaterThan => slot.Scaled > Scaled,
                        ComparisonOperator.GreaterThanOrEqual => slot.Scaled >= Scaled,
                        ComparisonOperator.LessThan => slot.Scaled < Scaled,
                        _ => slot.Scaled <= Scaled,
                    };
                    break;
                case LeafCode.NumberEqual when slot.Kind == FactKind.Number && slot.Integer == 1:
                    met = (slot.Scaled == Scaled) == (Operator == ComparisonOperator.Equal);
                    break;
                case LeafCode.TextEqual when slot.Kind == FactKind.Text:
                    met = string.Equals((string)slot.Value!, Text, StringComparison.Ordinal) == (Operator == ComparisonOperator.Equal);
                    break;
                case LeafCode.FlagEqual when slot.Kind == FactKind.Flag:
                    met = ((slot.Integer == 1) == Flag) == (Operator == ComparisonOperator.Equal);
                    break;
                case LeafCode.TextIn when slot.Kind == FactKind.Text:
                    met = IsIn(in slot);
                    break;
                case LeafCode.SetContains when slot.Kind == FactKind.Set:
                    met = ((ISet<string>)slot.Value!).Contains(Text!);
                    break;
                default:
                    var test = Test(in slot);
                    if (test < 0)
                    {
                        return Unknown;
                    }
                    met = test == 1;
                    break;
            }
            return met != Inverted ? Met : NotMet;
        }

        /// <summary>1 true, 0 false, -1 when the fact cannot be compared with the value (as the evaluator's Test).</summary>
        private int Test(in FactRow.Slot slot)
        {
            switch (Operator)
            {
                case ComparisonOperator.Exists:
                    return 1;
                case ComparisonOperator.In:
                    return ValueKind == JsonValueKind.Array ? IsIn(in slot) ? 1 : 0 : -1;
                case ComparisonOperator.Contains:
                    return Text is null ? -1
                        : slot.Kind == FactKind.Set ? ((ISet<string>)slot.Value!).Contains(Text) ? 1 : 0
                        : slot.Kind == FactKind.Text ? ((string)slot.Value!).Contains(Text, StringComparison.Ordinal) ? 1 : 0
                        : -1;
                case ComparisonOperator.StartsWith:
                    return slot.Kind == FactKind.Text && Text is not null ? ((string)slot.Value!).StartsWith(Text, StringComparison.Ordinal) ? 1 : 0 : -1;
                case ComparisonOperator.Equal:
                    return AreEqual(in slot);
                case ComparisonOperator.NotEqual:
                    var equal = AreEqual(in slot);
                    return equal < 0 ? -1 : 1 - equal;
            }
            int order;
            if (slot.Kind == FactKind.Number && HasNumber)
            {
                order = slot.Number.CompareTo(Number);
            }
            else if (slot.Kind == FactKind.Date && HasDate)
            {
                order = slot.Integer.CompareTo(Day);
            }
            else
            {
                return -1;
            }
            var met = Operator switch
            {
                ComparisonOperator.GreaterThan => order > 0,
                ComparisonOperator.GreaterThanOrEqual => order >= 0,
                ComparisonOperator.LessThan => order < 0,
                _ => order <= 0,
            };
            return met ? 1 : 0;
        }

        public decimal? Gap(in FactRow.Slot slot)
        {
            if (Operator is not (ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual))
            {
                return null;
            }
            return slot.Kind == FactKind.Number && HasNumber ? Math.Abs(Number - slot.Number)
                : slot.Kind == FactKind.Date && HasDate ? Math.Abs(Day - slot.Integer)
                : null;
        }

        private int AreEqual(in FactRow.Slot slot) => slot.Kind switch
        {
            FactKind.Number => HasNumber ? slot.Number == Number ? 1 : 0 : -1,
            FactKind.Text => Text is not null ? string.Equals((string)slot.Value!, Text, StringComparison.Ordinal) ? 1 : 0 : -1,
            FactKind.Flag => Flag is { } flag ? (slot.Integer == 1) == flag ? 1 : 0 : -1,
            FactKind.Date => HasDate ? slot.Integer == Day ? 1 : 0 : -1,
            FactKind.Set => TextSet is not null ? ((ISet<string>)slot.Value!).SetEquals(TextSet) ? 1 : 0 : -1,
            _ => -1,
        };

        private bool IsIn(in FactRow.Slot slot)
        {
            switch (slot.Kind)
            {
                case FactKind.Number:
                    return Array.IndexOf(InNumbers, slot.Number) >= 0;
                case FactKind.Text:
                    var text = (string)slot.Value!;
                    foreach (var candidate in InTexts)
                    {
                        if (string.Equals(text, candidate, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                    return false;
                case FactKind.Flag:
                    return slot.Integer == 1 ? InTrue : InFalse;
                case FactKind.Date:
                    return Array.IndexOf(InDays, slot.Integer) >= 0;
                case FactKind.Set:
                    var set = (ISet<string>)slot.Value!;
                    foreach (var candidate in InSets)
                    {
                        if (set.SetEquals(candidate))
                        {
                            return true;
                        }
                    }
                    return false;
                default:
                    return false;
            }
        }
    }
}
