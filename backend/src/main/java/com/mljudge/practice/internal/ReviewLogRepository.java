package com.mljudge.practice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

}
