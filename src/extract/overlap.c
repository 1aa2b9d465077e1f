/*
** overlap.c
** Rules run independently, so their mentions may overlap. Some overlaps are
** as the spec wants them (a country inside a count: "four other RoK
** localities"); these are not:
** - a mention inside a longer one of the same type found by another rule
**   ("2023" inside "November 17, 2023");
** - a date in a quantity: the year of "2024 projects" or "$2.5 million";
** - a month or day inside a name: the "May" of "Chan May-Lang Co Economic
**   Zone";
** - a count that is part of money, a percentage or an area ("$382 million
**   of projects" read as a count of 382);
** - a country that is part of money's currency ("two billion US dollars").
*/
#include "extractors.h"
#include "symbols.h"

static int is_quantity(int type) {
  return type == IVL_SYM_MONEY || type == IVL_SYM_PERCENT || type == IVL_SYM_AREA;
}

/* A date of a month or a day ("May", "Friday"), not a bare year ("(1997)",
** the start year a name may be followed by): its value is longer than
** the year's four characters. */
static int month_or_day(const ivl_store *s, const ivl_entity *e) {
  for (uint32_t k = 0; k < e->nfields; k++) {
    const ivl_field *f = &s->fields[e->field0 + k];
    if (f->key == IVL_SYM_VALUE && f->kind == IVL_FIELD_STR) return f->len > 4;
  }
  return 0;
}

/* Does 'outer' rule 'inner' out, given that they overlap? */
static int rules_out(const ivl_store *s, const ivl_entity *outer, const ivl_entity *inner) {
  int inside = outer->start <= inner->start && inner->end <= outer->end;
  if (outer->type == inner->type)
    return inside && outer->rule != inner->rule &&
           (outer->end - outer->start) > (inner->end - inner->start);
  /* a month word inside a name ("Chan May-Lang Co Economic Zone", "Theresa
  ** May") is part of the name, not a date */
  if (inner->type == IVL_SYM_DATE)
    return is_quantity(outer->type) || outer->type == IVL_SYM_COUNT ||
           (inside && month_or_day(s, inner) &&
            (outer->type == IVL_SYM_LOCATION || outer->type == IVL_SYM_ORGANIZATION ||
             outer->type == IVL_SYM_PERSON));
  if (inner->type == IVL_SYM_COUNT) return is_quantity(outer->type);
  /* a country inside an amount is its currency's word ("two billion US
  ** dollars", "80 million Singapore dollars"), as the "US" of "US$" is:
  ** no country spoken of, and no investor */
  if (inner->type == IVL_SYM_COUNTRY) return inside && outer->type == IVL_SYM_MONEY;
  return 0;
}

void ivl_settle_overlaps(ivl_store *s) {
  int dropped = 0;
  /* sorted by start: the mentions overlapping i are the ones after it
  ** that start before it ends */
  ivl_entity *ents = s->ents;
  size_t n = s->n;
  for (size_t i = 0; i < n; i++) {
    uint32_t end = ents[i].end;
    for (size_t j = i + 1; j < n && ents[j].start < end; j++) {
      ivl_entity *a = &ents[i], *b = &ents[j];
      if (a->rule == IVL_STORE_DROPPED || b->rule == IVL_STORE_DROPPED) continue;
      if (rules_out(s, a, b)) b->rule = IVL_STORE_DROPPED, dropped = 1;
      else if (rules_out(s, b, a)) a->rule = IVL_STORE_DROPPED, dropped = 1;
    }
  }
  if (dropped) ivl_store_drop_marked(s);
}
