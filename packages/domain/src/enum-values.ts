type Missing<TUnion, TValues extends readonly unknown[]> = Exclude<TUnion, TValues[number]>;

/**
 * Lists the runtime values of a contract enum so that the compiler rejects the list when the contract gains a
 * member it does not name. Call it twice: first with the union, then with the values, in the order to keep.
 * @param values - every member of `TUnion`, each once
 * @example const SEXES = enumValues<Sex>()(['male', 'female', 'unknown']);
 */
export function enumValues<TUnion extends string>() {
  return <const TValues extends readonly TUnion[]>(
    values: TValues &
      ([Missing<TUnion, TValues>] extends [never]
        ? unknown
        : { readonly missingEnumValues: Missing<TUnion, TValues> }),
  ): TValues => values;
}
