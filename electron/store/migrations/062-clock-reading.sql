-- What the station's clock said when it was behind the record before (a dead RTC battery, a
-- clock set back): the record is dated at the previous one's time, and this column, which is
-- under the record's hash, says so. NULL (and absent from the hashed record) otherwise, so
-- every record written before keeps its hash.
ALTER TABLE events ADD COLUMN clock_reading TEXT;
