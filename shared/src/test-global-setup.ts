// Says which database the suite runs on, so a SQLite-only run is never mistaken for a PostgreSQL one.
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (url) console.log(`\n[tests] database: PostgreSQL (${url.replace(/\/\/[^@]*@/, '//***@')}), each test file in private schemas\n`);
  else console.log('\n[tests] database: SQLite in memory. PostgreSQL not tested in this run: set DATABASE_URL=postgres://... to run the suite on it.\n');
}
